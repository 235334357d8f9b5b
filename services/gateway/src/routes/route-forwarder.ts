import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { AccessRecorder } from '../access-log/access-recorder';
import { requirePrincipal } from '../auth/request-principal';
import { GatewayConfig } from '../config';
import { IdempotentExecution } from '../idempotency/idempotent-execution';
import type { GatewayResponse } from '../idempotency/stored-response';
import { GATEWAY_CONFIG } from '../tokens';
import { callContextOf, CallContext } from '../upstream/call-context';
import { UpstreamClient } from '../upstream/upstream.client';
import { isPassableClientError, upstreamProblemOf } from '../upstream/upstream-problems';
import { debtorReadOf } from './debtor-read';
import type { ProxyRouteDefinition } from './route-definition';
import { rejectUndeclaredInput } from './undeclared-input';
import { fillPath, queryStringOf } from './upstream-path';

/** Extra time an idempotency claim stays locked beyond the call's own timeout. */
const LEASE_MARGIN_MS = 30_000;

/**
 * Serves one proxied route: forwards the validated request to its service (POSTs under their
 * Idempotency-Key), passes the service's response or 4xx problem back, and records the read of a
 * debtor's data before the data leaves the gateway.
 */
@Injectable()
export class RouteForwarder {
  constructor(
    private readonly upstream: UpstreamClient,
    private readonly idempotency: IdempotentExecution,
    private readonly access: AccessRecorder,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  async handle(route: ProxyRouteDefinition, request: FastifyRequest): Promise<GatewayResponse> {
    rejectUndeclaredInput({ query: route.query !== undefined, body: route.body !== undefined }, request.query, request.body);
    const principal = requirePrincipal(request);
    const context = callContextOf(request);

    const forward = () => this.forward(route, request, context);
    const response = route.method === 'POST' ? await this.idempotency.run(request, principal, this.leaseMsOf(route), forward) : await forward();

    const read = debtorReadOf(route, request, response);
    if (read) {
      await this.access.record({
        principal,
        debtorIds: read.debtorIds,
        accountId: read.accountId,
        method: route.method,
        route: route.path,
        requestId: context.requestId,
        traceparent: context.traceparent,
        accessedAt: new Date(),
        resultCount: read.resultCount,
      });
    }
    return response;
  }

  private async forward(route: ProxyRouteDefinition, request: FastifyRequest, context: CallContext): Promise<GatewayResponse> {
    const path = fillPath(route.upstreamPath, request.params as Record<string, string>) + queryStringOf(request.url);
    try {
      const answer = await this.upstream.call(
        route.upstream,
        { method: route.method, path, body: this.upstreamBodyOf(route, request, context), timeout: route.timeout },
        context,
      );
      return { status: answer.status, headers: answer.headers, body: answer.body };
    } catch (error) {
      if (isPassableClientError(error)) {
        return { status: error.response.status, headers: error.response.headers, body: withPublicInstance(error.response.body, request.url) };
      }
      throw upstreamProblemOf(route.upstream, error, this.upstream.breakers);
    }
  }

  private upstreamBodyOf(route: ProxyRouteDefinition, request: FastifyRequest, context: CallContext): unknown {
    if (!route.body) {
      return undefined;
    }
    const body = (request.body ?? {}) as Record<string, unknown>;
    return route.upstreamBody ? route.upstreamBody(body, context.actor) : body;
  }

  private leaseMsOf(route: ProxyRouteDefinition): number {
    const timeout = route.timeout === 'long' ? this.config.UPSTREAM_LONG_TIMEOUT_MS : this.config.UPSTREAM_TIMEOUT_MS;
    return timeout + LEASE_MARGIN_MS;
  }
}

/** Replaces a service's internal path in a problem's `instance` with the URL the client called. */
function withPublicInstance(body: string, publicUrl: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return body;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed) || !('instance' in parsed)) {
    return body;
  }
  return JSON.stringify({ ...parsed, instance: publicUrl });
}
