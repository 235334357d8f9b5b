import type { FastifyRequest } from 'fastify';
import { actorOf } from '../auth/principal';
import { requirePrincipal } from '../auth/request-principal';
import { formatTraceparent, TraceContext, traceContextFrom } from './trace-context';

/** Headers every call to a service carries from the public request that caused it. */
export interface CallContext {
  requestId: string;
  traceparent: string;
  tracestate?: string;
  acceptLanguage?: string;
  actor: string;
}

const traces = new WeakMap<FastifyRequest, TraceContext>();

/** Fixes the request's trace context once, in an onRequest hook, so every call of the request shares it. */
export function attachTraceContext(request: FastifyRequest): TraceContext {
  const context = traceContextFrom(request.headers.traceparent);
  traces.set(request, context);
  return context;
}

function single(header: string | string[] | undefined): string | undefined {
  return Array.isArray(header) ? header[0] : header;
}

export function callContextOf(request: FastifyRequest): CallContext {
  const trace = traces.get(request) ?? attachTraceContext(request);
  const tracestate = single(request.headers.tracestate);
  return {
    requestId: String(request.id),
    traceparent: formatTraceparent(trace),
    tracestate: tracestate && tracestate.length <= 512 ? tracestate : undefined,
    acceptLanguage: single(request.headers['accept-language'])?.slice(0, 200),
    actor: actorOf(requirePrincipal(request)),
  };
}
