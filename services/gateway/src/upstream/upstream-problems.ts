import { DomainError } from '@bitacora/http';
import type { CircuitBreakers } from './circuit-breakers';
import { isOpenBreakerError } from './circuit-breakers';
import { UpstreamContractError, UpstreamHttpError, UpstreamTimeoutError, UpstreamUnreachableError } from './upstream-errors';
import type { UpstreamName } from './upstream-name';

/**
 * Turns a failed service call into the problem returned to the client. Internal details (the service's
 * 5xx body, socket errors) never reach the client; the caller logs them.
 */
export function upstreamProblemOf(upstream: UpstreamName, error: unknown, breakers: CircuitBreakers): DomainError {
  if (isOpenBreakerError(error)) {
    return new DomainError('upstream.circuit_open', 503, { service: upstream, retryAfterSeconds: breakers.retryAfterSeconds(upstream) });
  }
  if (error instanceof UpstreamTimeoutError) {
    return new DomainError('upstream.timeout', 504, { service: upstream, timeoutMs: error.timeoutMs });
  }
  if (error instanceof UpstreamUnreachableError) {
    const retryAfterSeconds = breakers.isOpen(upstream) ? breakers.retryAfterSeconds(upstream) : 1;
    return new DomainError('upstream.unavailable', 503, { service: upstream, retryAfterSeconds });
  }
  if (error instanceof UpstreamHttpError) {
    return new DomainError('upstream.failed', 502, { service: upstream, status: error.response.status });
  }
  if (error instanceof UpstreamContractError) {
    return new DomainError('upstream.failed', 502, { service: upstream });
  }
  return new DomainError('internal.error', 500);
}

const PROBLEM_OR_JSON = /^application\/(problem\+)?json\b/i;

/** Tells whether a 4xx response of a service may be passed to the client as it is: a JSON or problem+json body. */
export function isPassableClientError(error: unknown): error is UpstreamHttpError {
  return error instanceof UpstreamHttpError && error.isClientError && PROBLEM_OR_JSON.test(error.response.headers['content-type'] ?? '');
}

/** Tells whether `error` is a failed call to a service rather than a fault of the gateway itself. */
export function isUpstreamFailure(error: unknown): boolean {
  return (
    error instanceof UpstreamHttpError ||
    error instanceof UpstreamTimeoutError ||
    error instanceof UpstreamUnreachableError ||
    error instanceof UpstreamContractError ||
    isOpenBreakerError(error)
  );
}
