import type { UpstreamName } from '../upstream/upstream-name';

/** Kinds of entries in a debtor's timeline, each from one service. */
export const TIMELINE_KINDS = [
  'interaction',
  'amendment',
  'policy_decision',
  'promise',
  'promise_status_change',
  'plan',
  'plan_status_change',
  'installment_status_change',
  'payment',
  'payment_reversal',
  'allocation',
] as const;

export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** One dated fact of a debtor's history: what happened, when, and the record as its service returns it. */
export interface TimelineEntry {
  kind: TimelineKind;
  /** Id of the record, unique within its kind. */
  id: string;
  /** UTC instant of the fact, ISO 8601 with milliseconds. */
  occurredAt: string;
  source: UpstreamName;
  data: Record<string, unknown>;
}

/** Position of an entry in timeline order: newest first, then by kind, then by id. */
export interface TimelinePosition {
  occurredAt: string;
  kind: TimelineKind;
  id: string;
}

/**
 * Orders entries newest first, and entries of the same instant by kind, then by id. The order is
 * total, so a cursor position is never ambiguous.
 */
export function compareTimelineOrder(a: TimelinePosition, b: TimelinePosition): number {
  if (a.occurredAt !== b.occurredAt) return a.occurredAt < b.occurredAt ? 1 : -1;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

/** Normalizes an instant to ISO 8601 UTC with milliseconds, so that text order is time order; undefined when it is not an instant. */
export function normalizedInstant(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
