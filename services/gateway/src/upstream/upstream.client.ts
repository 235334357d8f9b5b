import { Agent as HttpAgent, IncomingHttpHeaders, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { ServiceMetrics } from '@bitacora/observability';
import { METRICS, ROOT_LOGGER } from '@bitacora/runtime';
import { GatewayConfig } from '../config';
import { GATEWAY_CONFIG, UPSTREAM_BASE_URLS } from '../tokens';
import type { CallContext } from './call-context';
import { CircuitBreakers } from './circuit-breakers';
import { UpstreamHttpError, UpstreamResponse, UpstreamTimeoutError, UpstreamUnreachableError } from './upstream-errors';
import { UPSTREAMS, UpstreamBaseUrls, UpstreamName } from './upstream-name';

export interface UpstreamRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path and query string on the service, for example `/v1/debtors/CC-1/interactions?limit=20`. */
  path: string;
  body?: unknown;
  /** `long` gives slow operations (ledger export and verification) UPSTREAM_LONG_TIMEOUT_MS. */
  timeout?: 'default' | 'long';
}

/**
 * Response headers passed on to the client; every other upstream header is dropped, `Location`
 * too, because it would name the service's internal path.
 */
const KEPT_HEADERS = ['content-type', 'content-disposition', 'content-language'];

/**
 * Idle time after which a kept-alive connection to a service is closed: below the 72 s services
 * keep an idle connection open (Fastify's default), so the gateway never reuses one the service is closing.
 */
const IDLE_SOCKET_MS = 30_000;

/**
 * Calls the internal services over HTTP, each through its circuit breaker. Every call carries
 * the request id, W3C trace context, language and actor of the public request, and is aborted
 * (the socket closed, not just abandoned) when it exceeds its timeout.
 */
@Injectable()
export class UpstreamClient implements OnApplicationShutdown {
  readonly breakers: CircuitBreakers;
  private readonly logger: Logger;
  /** One pool of kept-alive connections per service, at most UPSTREAM_MAX_SOCKETS each. */
  private readonly agents: Record<UpstreamName, HttpAgent>;

  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    @Inject(UPSTREAM_BASE_URLS) private readonly baseUrls: UpstreamBaseUrls,
    @Inject(METRICS) metrics: ServiceMetrics,
    @Inject(ROOT_LOGGER) rootLogger: Logger,
  ) {
    this.logger = rootLogger.child({ component: 'UpstreamClient' });
    this.breakers = new CircuitBreakers(
      {
        errorThresholdPercentage: config.BREAKER_ERROR_THRESHOLD_PERCENT,
        volumeThreshold: config.BREAKER_VOLUME_THRESHOLD,
        resetTimeoutMs: config.BREAKER_RESET_TIMEOUT_MS,
      },
      metrics,
      this.logger,
    );
    const agentOf = (name: UpstreamName) => {
      const options = { keepAlive: true, maxSockets: config.UPSTREAM_MAX_SOCKETS, maxFreeSockets: config.UPSTREAM_MAX_SOCKETS, timeout: IDLE_SOCKET_MS, scheduling: 'lifo' as const };
      return new URL(baseUrls[name]).protocol === 'https:' ? new HttpsAgent(options) : new HttpAgent(options);
    };
    this.agents = Object.fromEntries(UPSTREAMS.map((name) => [name, agentOf(name)])) as Record<UpstreamName, HttpAgent>;
  }

  /** Sends `request` to `upstream`; rejects with UpstreamHttpError for any status of 400 or more. */
  call(upstream: UpstreamName, request: UpstreamRequest, context: CallContext): Promise<UpstreamResponse> {
    const timeoutMs = request.timeout === 'long' ? this.config.UPSTREAM_LONG_TIMEOUT_MS : this.config.UPSTREAM_TIMEOUT_MS;
    return this.breakers.fire(upstream, () => this.send(upstream, request, context, timeoutMs));
  }

  onApplicationShutdown(): void {
    this.breakers.shutdown();
    for (const agent of Object.values(this.agents)) {
      agent.destroy();
    }
  }

  private async send(upstream: UpstreamName, request: UpstreamRequest, context: CallContext, timeoutMs: number): Promise<UpstreamResponse> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new UpstreamTimeoutError(upstream, timeoutMs)), timeoutMs);
    const url = new URL(request.path, this.baseUrls[upstream]);

    try {
      const result = await this.exchange(upstream, url, request, context, controller.signal);
      if (result.status >= 400) {
        throw new UpstreamHttpError(upstream, result);
      }
      return result;
    } catch (error) {
      throw this.classify(upstream, error, controller.signal, request);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Sends one request on the service's pool and reads the whole response; `signal` destroys the socket. */
  private exchange(upstream: UpstreamName, url: URL, request: UpstreamRequest, context: CallContext, signal: AbortSignal): Promise<UpstreamResponse> {
    const body = request.body === undefined ? undefined : JSON.stringify(request.body);
    const headers = this.headersFor(request, context);
    if (body !== undefined) {
      headers['content-length'] = String(Buffer.byteLength(body));
    }
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const outgoing = send(url, { method: request.method, headers, agent: this.agents[upstream], signal }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: keptHeaders(response.headers), body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
        response.on('aborted', () => reject(new Error('the service closed the connection before the response ended')));
      });
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }

  private headersFor(request: UpstreamRequest, context: CallContext): Record<string, string> {
    const headers: Record<string, string> = {
      accept: 'application/json, application/problem+json;q=0.9, */*;q=0.1',
      'x-request-id': context.requestId,
      traceparent: context.traceparent,
      'x-actor': context.actor,
    };
    if (request.body !== undefined) headers['content-type'] = 'application/json';
    if (context.tracestate) headers.tracestate = context.tracestate;
    // Services respond in the caller's language, Spanish when the caller named none.
    headers['accept-language'] = context.acceptLanguage ?? 'es-CO';
    return headers;
  }

  private classify(upstream: UpstreamName, error: unknown, signal: AbortSignal, request: UpstreamRequest): Error {
    if (error instanceof UpstreamHttpError) {
      return error;
    }
    if (signal.aborted && signal.reason instanceof UpstreamTimeoutError) {
      this.logger.warn({ upstream, method: request.method, path: request.path, timeoutMs: signal.reason.timeoutMs }, 'service call timed out and was cancelled');
      return signal.reason;
    }
    this.logger.warn({ upstream, method: request.method, path: request.path, err: error }, 'service unreachable');
    return new UpstreamUnreachableError(upstream, error);
  }
}

function keptHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = headers[name];
    if (value !== undefined) kept[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return kept;
}
