import type { UpstreamName } from './upstream-name';

/** A raw response of a service: status, the headers the gateway keeps, and the body as text. */
export interface UpstreamResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * A service responded with a status of 400 or more. Responses below 500 are the caller's problem
 * (validation, not found, conflict) and do not count against the service's circuit breaker.
 */
export class UpstreamHttpError extends Error {
  constructor(
    readonly upstream: UpstreamName,
    readonly response: UpstreamResponse,
  ) {
    super(`${upstream} responded ${response.status}`);
    this.name = 'UpstreamHttpError';
  }

  get isClientError(): boolean {
    return this.response.status < 500;
  }
}

/** A call to a service was cancelled because it took longer than its timeout. */
export class UpstreamTimeoutError extends Error {
  constructor(
    readonly upstream: UpstreamName,
    readonly timeoutMs: number,
  ) {
    super(`${upstream} did not respond within ${timeoutMs} ms`);
    this.name = 'UpstreamTimeoutError';
  }
}

/** A service could not be reached at all: connection refused or reset, DNS failure. */
export class UpstreamUnreachableError extends Error {
  constructor(
    readonly upstream: UpstreamName,
    cause: unknown,
  ) {
    super(`${upstream} is unreachable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'UpstreamUnreachableError';
  }
}

/** A service responded 2xx with a body the gateway cannot read: not JSON, or not the expected shape. */
export class UpstreamContractError extends Error {
  constructor(
    readonly upstream: UpstreamName,
    detail: string,
  ) {
    super(`${upstream} returned an unexpected body: ${detail}`);
    this.name = 'UpstreamContractError';
  }
}
