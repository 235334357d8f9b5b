import { normalizedInstant, TimelineEntry, TimelineKind } from './timeline-entry';
import type { TimelineSource } from './timeline-source';
import type { UpstreamName } from '../upstream/upstream-name';

const debtorPath = (suffix: string) => (debtorId: string) => `/v1/debtors/${encodeURIComponent(debtorId)}/${suffix}`;

/** One entry of `kind` from an item, dated by its `timeField` and identified by its `idField`; none when either is missing. */
function entryOf(kind: TimelineKind, source: UpstreamName, item: Record<string, unknown>, idField: string, timeField: string): TimelineEntry[] {
  const id = item[idField];
  const occurredAt = normalizedInstant(item[timeField]);
  if (typeof id !== 'string' || occurredAt === undefined) {
    return [];
  }
  return [{ kind, id, occurredAt, source, data: item }];
}

const single = (kind: TimelineKind, upstream: UpstreamName, idField: string, timeField: string) => (item: Record<string, unknown>) =>
  entryOf(kind, upstream, item, idField, timeField);

/** The lists the timeline is composed from. */
export const TIMELINE_SOURCES: TimelineSource[] = [
  {
    name: 'interactions',
    upstream: 'interactions',
    kinds: ['interaction'],
    path: debtorPath('interactions'),
    toEntries: single('interaction', 'interactions', 'interactionId', 'occurredAt'),
    newestFirstSingleEntry: true,
  },
  {
    name: 'policy-decisions',
    upstream: 'interactions',
    kinds: ['policy_decision'],
    path: debtorPath('policy-decisions'),
    toEntries: single('policy_decision', 'interactions', 'decisionId', 'decidedAt'),
    newestFirstSingleEntry: true,
  },
];
