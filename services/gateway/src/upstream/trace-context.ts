import { randomBytes } from 'node:crypto';

/** W3C Trace Context `traceparent`, version 00: version-traceid-parentid-flags in lowercase hex. */
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;
const ALL_ZEROS = /^0+$/;

export interface TraceContext {
  traceId: string;
  /** The span id of the gateway's own work on the request, the parent of every call it makes. */
  spanId: string;
  flags: string;
}

function randomHex(bytes: number): string {
  return randomBytes(bytes).toString('hex');
}

/**
 * Continues the caller's trace when its `traceparent` is valid, else starts a new sampled one.
 * Either way the gateway's work gets a span id of its own.
 */
export function traceContextFrom(header: string | string[] | undefined): TraceContext {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value ? TRACEPARENT.exec(value.trim()) : null;
  if (match && !ALL_ZEROS.test(match[1]) && !ALL_ZEROS.test(match[2])) {
    return { traceId: match[1], spanId: randomHex(8), flags: match[3] };
  }
  return { traceId: randomHex(16), spanId: randomHex(8), flags: '01' };
}

export function formatTraceparent(context: TraceContext): string {
  return `00-${context.traceId}-${context.spanId}-${context.flags}`;
}
