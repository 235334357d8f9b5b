import type { UpstreamName } from '../upstream/upstream-name';
import { normalizedInstant, TimelineEntry, TimelineKind } from './timeline-entry';
import type { TimelineSource } from './timeline-source';

type Item = Record<string, unknown>;

/** Builds one entry of `kind`, dated by `time` and identified by `id`, or none when either is missing. */
function entryOf(kind: TimelineKind, source: UpstreamName, id: unknown, time: unknown, data: Item): TimelineEntry[] {
  const occurredAt = normalizedInstant(time);
  if (typeof id !== 'string' || id === '' || occurredAt === undefined) {
    return [];
  }
  return [{ kind, id, occurredAt, source, data }];
}

function itemsOf(value: unknown): Item[] {
  return Array.isArray(value) ? value.filter((item): item is Item => typeof item === 'object' && item !== null) : [];
}

/** Dates an interaction by its occurredAt, and each of its amendments by its amendedAt. */
export function interactionEntries(item: Item): TimelineEntry[] {
  const amendments = itemsOf(item.amendments).flatMap((amendment) =>
    entryOf('amendment', 'interactions', amendment.amendmentId, amendment.amendedAt, { ...amendment, interactionId: item.interactionId }),
  );
  return [...entryOf('interaction', 'interactions', item.interactionId, item.occurredAt, item), ...amendments];
}

export function policyDecisionEntries(item: Item): TimelineEntry[] {
  return entryOf('policy_decision', 'interactions', item.decisionId, item.decidedAt, item);
}

/** Dates a promise by its creation, and its move out of PENDING by its resolution. */
export function promiseEntries(item: Item): TimelineEntry[] {
  const change = item.resolvedAt === undefined ? [] : entryOf('promise_status_change', 'promises', item.promiseId, item.resolvedAt, item);
  return [...entryOf('promise', 'promises', item.promiseId, item.createdAt, item), ...change];
}

/** Dates a plan by its creation, its end (completed, defaulted, cancelled), and each installment's resolution. */
export function planEntries(item: Item): TimelineEntry[] {
  const change = item.resolvedAt === undefined ? [] : entryOf('plan_status_change', 'promises', item.planId, item.resolvedAt, item);
  const installments = itemsOf(item.installments).flatMap((installment) =>
    installment.resolvedAt === undefined ? [] : entryOf('installment_status_change', 'promises', installment.installmentId, installment.resolvedAt, { ...installment, planId: item.planId }),
  );
  return [...entryOf('plan', 'promises', item.planId, item.createdAt, item), ...change, ...installments];
}

/** Dates a payment by when it was paid, its reversal, and each allocation to a promise or installment. */
export function paymentEntries(item: Item): TimelineEntry[] {
  const reversal = item.reversedAt === undefined ? [] : entryOf('payment_reversal', 'promises', item.paymentId, item.reversedAt, item);
  const allocations = itemsOf(item.allocations).flatMap((allocation) =>
    entryOf('allocation', 'promises', `${String(allocation.paymentId)}:${String(allocation.targetType)}:${String(allocation.targetId)}`, allocation.allocatedAt, allocation),
  );
  return [...entryOf('payment', 'promises', item.paymentId, item.paidAt, item), ...reversal, ...allocations];
}

const debtorPath = (suffix: string) => (debtorId: string) => `/v1/debtors/${encodeURIComponent(debtorId)}/${suffix}`;

/** Debtor-scoped lists the timeline reads first, in parallel. */
export const DEBTOR_SOURCES: TimelineSource[] = [
  {
    name: 'interactions',
    upstream: 'interactions',
    kinds: ['interaction', 'amendment'],
    path: debtorPath('interactions'),
    pageSize: 200,
    toEntries: interactionEntries,
    newestFirstSingleEntry: false,
  },
  {
    name: 'policy-decisions',
    upstream: 'interactions',
    kinds: ['policy_decision'],
    path: debtorPath('policy-decisions'),
    pageSize: 200,
    toEntries: policyDecisionEntries,
    newestFirstSingleEntry: true,
  },
  {
    name: 'promises',
    upstream: 'promises',
    kinds: ['promise', 'promise_status_change'],
    path: () => '/internal/v1/promises',
    query: (debtorId) => ({ debtorId }),
    pageSize: 200,
    toEntries: promiseEntries,
    newestFirstSingleEntry: false,
  },
  {
    name: 'payment-plans',
    upstream: 'promises',
    kinds: ['plan', 'plan_status_change', 'installment_status_change'],
    path: () => '/internal/v1/payment-plans',
    query: (debtorId) => ({ debtorId }),
    pageSize: 100,
    toEntries: planEntries,
    newestFirstSingleEntry: false,
  },
];

/** Kinds that come from the payments of the debtor's accounts. */
export const PAYMENT_KINDS: TimelineKind[] = ['payment', 'payment_reversal', 'allocation'];

/**
 * Lists the payments of one account. The promises service lists payments per account only, so
 * the timeline reads them for the accounts its other sources name. A payment that names another
 * debtor is left out.
 */
export function paymentSourceOf(accountId: string, debtorId: string): TimelineSource {
  return {
    name: `payments of ${accountId}`,
    upstream: 'promises',
    kinds: PAYMENT_KINDS,
    path: () => `/internal/v1/accounts/${encodeURIComponent(accountId)}/payments`,
    pageSize: 200,
    toEntries: (item) => (item.debtorId === undefined || item.debtorId === debtorId ? paymentEntries(item) : []),
    newestFirstSingleEntry: false,
  };
}

/** Accounts named by interactions, promises and plans of the debtor. */
export function accountIdsOf(entries: TimelineEntry[]): string[] {
  const accounts = new Set<string>();
  for (const entry of entries) {
    if (entry.kind === 'interaction') {
      for (const accountId of Array.isArray(entry.data.accountIds) ? entry.data.accountIds : []) {
        if (typeof accountId === 'string') accounts.add(accountId);
      }
    }
    if ((entry.kind === 'promise' || entry.kind === 'plan') && typeof entry.data.accountId === 'string') {
      accounts.add(entry.data.accountId);
    }
  }
  return [...accounts].sort();
}
