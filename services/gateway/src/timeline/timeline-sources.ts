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

/**
 * Dates an interaction by its occurredAt. Its amendments come from the debtor's list of
 * amendments, which is ordered by amendedAt, so that both lists are read newest first.
 */
export function interactionEntries(item: Item): TimelineEntry[] {
  return entryOf('interaction', 'interactions', item.interactionId, item.occurredAt, item);
}

/** Dates an amendment of the debtor's list of amendments by its amendedAt; the item names its interaction. */
export function amendmentEntries(item: Item): TimelineEntry[] {
  return entryOf('amendment', 'interactions', item.amendmentId, item.amendedAt, item);
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

/**
 * Debtor-scoped lists the timeline reads, in parallel. Promises and plans are read to their end:
 * promises are listed by due date, and a plan carries entries dated after its creation, so
 * neither list can stop once a page is collected.
 */
export const DEBTOR_SOURCES: TimelineSource[] = [
  {
    name: 'interactions',
    upstream: 'interactions',
    kinds: ['interaction'],
    path: debtorPath('interactions'),
    upperBound: 'to',
    pageSize: 200,
    toEntries: interactionEntries,
    newestFirstSingleEntry: true,
  },
  {
    name: 'amendments',
    upstream: 'interactions',
    kinds: ['amendment'],
    path: debtorPath('amendments'),
    upperBound: 'to',
    pageSize: 200,
    toEntries: amendmentEntries,
    newestFirstSingleEntry: true,
  },
  {
    name: 'policy-decisions',
    upstream: 'interactions',
    kinds: ['policy_decision'],
    path: debtorPath('policy-decisions'),
    upperBound: 'to',
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
 * the timeline reads them for the debtor's accounts. A payment that names another debtor is left
 * out. The list is newest paid first. Allocations carry the payment's paidAt and a reversal comes
 * after its payment, so the cursor's instant bounds the list.
 * NOTE: a reversal that the bank dated before its payment would be left out of the pages after it.
 */
export function paymentSourceOf(accountId: string, debtorId: string): TimelineSource {
  return {
    name: `payments of ${accountId}`,
    upstream: 'promises',
    kinds: PAYMENT_KINDS,
    path: () => `/internal/v1/accounts/${encodeURIComponent(accountId)}/payments`,
    upperBound: 'to',
    pageSize: 200,
    toEntries: (item) => (item.debtorId === undefined || item.debtorId === debtorId ? paymentEntries(item) : []),
    newestFirstSingleEntry: false,
  };
}

/** Path of the interactions service's list of a debtor's accounts. */
export const debtorAccountsPath = debtorPath('accounts');

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
