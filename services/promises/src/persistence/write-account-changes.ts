import type { EntityManager } from 'typeorm';
import type { Allocation, Installment, PaymentPlan, PaymentPromise, PaymentRecord } from '../domain';
import type { PaymentDetails } from '../events/payment-event-data';
import type { AccountChanges, Changed } from './account-changes';
import { instantValue, insertRows, updateRows, type BulkColumn, type SqlValue } from './bulk-sql';
import { nextDeadlineDateOf } from './next-deadline';

export interface WriteLookups {
  paymentDetails(paymentId: string): PaymentDetails | undefined;
  portfolioOf(promiseOrPlanId: string): string | null;
}

const column = (name: string, type: string): BulkColumn => ({ name, type });

const PROMISE_INSERT = [
  column('id', 'uuid'), column('debtor_id', 'text'), column('account_id', 'text'), column('agent_id', 'text'),
  column('interaction_id', 'uuid'), column('portfolio_id', 'text'), column('amount', 'bigint'), column('currency', 'text'),
  column('due_date', 'date'), column('grace_days', 'integer'), column('grace_day_counting', 'text'), column('deadline_date', 'date'),
  column('kept_threshold_basis_points', 'integer'), column('status', 'text'), column('paid_amount', 'bigint'),
  column('paid_late_amount', 'bigint'), column('superseded_by_promise_id', 'uuid'), column('cancellation_reason', 'text'),
  column('created_at', 'timestamptz'), column('resolved_at', 'timestamptz'), column('created_by', 'text'),
  column('updated_at', 'timestamptz'), column('updated_by', 'text'),
];
const PROMISE_UPDATE = [
  column('status', 'text'), column('paid_amount', 'bigint'), column('paid_late_amount', 'bigint'), column('resolved_at', 'timestamptz'),
  column('superseded_by_promise_id', 'uuid'), column('cancellation_reason', 'text'), column('updated_at', 'timestamptz'), column('updated_by', 'text'),
];
const PLAN_INSERT = [
  column('id', 'uuid'), column('debtor_id', 'text'), column('account_id', 'text'), column('agent_id', 'text'),
  column('interaction_id', 'uuid'), column('portfolio_id', 'text'), column('currency', 'text'), column('total_amount', 'bigint'),
  column('interest_rate_basis_points', 'integer'), column('credit_type', 'text'), column('grace_days', 'integer'),
  column('grace_day_counting', 'text'), column('kept_threshold_basis_points', 'integer'), column('default_after_missed_installments', 'integer'),
  column('status', 'text'), column('cancellation_reason', 'text'), column('created_at', 'timestamptz'), column('resolved_at', 'timestamptz'),
  column('created_by', 'text'), column('updated_at', 'timestamptz'), column('updated_by', 'text'),
];
const PLAN_UPDATE = [
  column('status', 'text'), column('resolved_at', 'timestamptz'), column('cancellation_reason', 'text'),
  column('updated_at', 'timestamptz'), column('updated_by', 'text'),
];
const INSTALLMENT_INSERT = [
  column('id', 'uuid'), column('plan_id', 'uuid'), column('number', 'integer'), column('due_date', 'date'), column('deadline_date', 'date'),
  column('amount', 'bigint'), column('status', 'text'), column('paid_amount', 'bigint'), column('paid_late_amount', 'bigint'),
  column('resolved_at', 'timestamptz'), column('updated_at', 'timestamptz'),
];
const INSTALLMENT_UPDATE = [
  column('status', 'text'), column('paid_amount', 'bigint'), column('paid_late_amount', 'bigint'), column('resolved_at', 'timestamptz'),
  column('updated_at', 'timestamptz'),
];
const PAYMENT_INSERT = [
  column('payment_id', 'text'), column('account_id', 'text'), column('debtor_id', 'text'), column('amount', 'bigint'),
  column('currency', 'text'), column('paid_at', 'timestamptz'), column('paid_date', 'date'), column('value_date', 'date'),
  column('channel', 'text'), column('branch', 'text'), column('correspondent_agent', 'text'), column('bank_reference', 'text'),
  column('status', 'text'), column('unallocated_amount', 'bigint'), column('reversed_at', 'timestamptz'), column('reversal_reason', 'text'),
  column('event_id', 'text'), column('updated_at', 'timestamptz'),
];
const PAYMENT_UPDATE = [
  column('status', 'text'), column('unallocated_amount', 'bigint'), column('reversed_at', 'timestamptz'), column('reversal_reason', 'text'),
  column('updated_at', 'timestamptz'),
];
const ALLOCATION_KEYS = [column('payment_id', 'text'), column('target_type', 'text'), column('target_id', 'uuid')];
const ALLOCATION_INSERT = [
  ...ALLOCATION_KEYS, column('plan_id', 'uuid'), column('amount', 'bigint'), column('timing', 'text'),
  column('allocated_at', 'timestamptz'), column('reversed_at', 'timestamptz'),
];
const ALLOCATION_UPDATE = [column('reversed_at', 'timestamptz')];
const HELD_REVERSAL_INSERT = [
  column('payment_id', 'text'), column('account_id', 'text'), column('reversed_at', 'timestamptz'), column('reason', 'text'), column('event_id', 'text'),
];

/**
 * Writes everything `changes` contains with a fixed number of statements, whatever the number of
 * records: one INSERT and one UPDATE per table, parents before children, then the next deadline
 * of every touched account. Runs inside the caller's transaction.
 */
export async function writeAccountChanges(manager: EntityManager, schema: string, changes: AccountChanges, lookups: WriteLookups, now: Date): Promise<void> {
  const table = (name: string) => `"${schema}".${name}`;
  const at = now.toISOString();
  const [newPlans, changedPlans] = split(changes.plans);
  const [newInstallments, changedInstallments] = split(changes.installments);
  const [newPromises, changedPromises] = split(changes.promises);
  const [newPayments, changedPayments] = split(changes.payments);
  const [newAllocations, changedAllocations] = split(changes.allocations);

  await insertRows(manager, table('payment_plans'), PLAN_INSERT, newPlans.map((change) => planInsertRow(change, lookups, at)));
  await insertRows(manager, table('installments'), INSTALLMENT_INSERT, newInstallments.map(({ record }) => installmentInsertRow(record, at)));
  await insertRows(manager, table('promises'), PROMISE_INSERT, newPromises.map((change) => promiseInsertRow(change, lookups, at)));
  await insertRows(manager, table('payments'), PAYMENT_INSERT, newPayments.map(({ record }) => paymentInsertRow(record, lookups, at)));
  await insertRows(manager, table('allocations'), ALLOCATION_INSERT, newAllocations.map(({ record }) => allocationInsertRow(record)));

  await updateRows(manager, table('payment_plans'), [column('id', 'uuid')], PLAN_UPDATE, changedPlans.map(({ record, actor }) => [
    record.id, record.status, instantValue(record.resolvedAt), record.cancellationReason, at, actor,
  ]));
  await updateRows(manager, table('installments'), [column('id', 'uuid')], INSTALLMENT_UPDATE, changedInstallments.map(({ record }) => [
    record.id, record.status, String(record.paidAmount), String(record.paidLateAmount), instantValue(record.resolvedAt), at,
  ]));
  await updateRows(manager, table('promises'), [column('id', 'uuid')], PROMISE_UPDATE, changedPromises.map(({ record, actor }) => [
    record.id, record.status, String(record.paidAmount), String(record.paidLateAmount), instantValue(record.resolvedAt),
    record.supersededByPromiseId, record.cancellationReason, at, actor,
  ]));
  await updateRows(manager, table('payments'), [column('payment_id', 'text')], PAYMENT_UPDATE, changedPayments.map(({ record }) => [
    record.paymentId, record.status, String(record.unallocatedAmount), instantValue(record.reversedAt), record.reversalReason, at,
  ]));
  await updateRows(manager, table('allocations'), ALLOCATION_KEYS, ALLOCATION_UPDATE, changedAllocations.map(({ record }) => [
    record.paymentId, record.targetType, record.targetId, instantValue(record.reversedAt),
  ]));

  await writeHeldReversals(manager, table('pending_reversals'), changes);
  await writeNextDeadlines(manager, table('accounts'), changes, at);
}

function split<Record>(changes: Map<string, Changed<Record>>): [Changed<Record>[], Changed<Record>[]] {
  const all = [...changes.values()];
  return [all.filter((change) => change.isNew), all.filter((change) => !change.isNew)];
}

function promiseInsertRow({ record, actor }: Changed<PaymentPromise>, lookups: WriteLookups, at: string): SqlValue[] {
  return [
    record.id, record.debtorId, record.accountId, record.agentId, record.interactionId, lookups.portfolioOf(record.id),
    String(record.amount), record.currency, record.dueDate, record.graceDays, record.graceDayCounting, record.deadlineDate,
    record.keptThresholdBasisPoints, record.status, String(record.paidAmount), String(record.paidLateAmount),
    record.supersededByPromiseId, record.cancellationReason, record.createdAt.toISOString(), instantValue(record.resolvedAt),
    actor, at, actor,
  ];
}

function planInsertRow({ record, actor }: Changed<PaymentPlan>, lookups: WriteLookups, at: string): SqlValue[] {
  return [
    record.id, record.debtorId, record.accountId, record.agentId, record.interactionId, lookups.portfolioOf(record.id),
    record.currency, String(record.totalAmount), record.interestRateBasisPoints, record.creditType, record.graceDays,
    record.graceDayCounting, record.keptThresholdBasisPoints, record.defaultAfterMissedInstallments, record.status,
    record.cancellationReason, record.createdAt.toISOString(), instantValue(record.resolvedAt), actor, at, actor,
  ];
}

function installmentInsertRow(record: Installment, at: string): SqlValue[] {
  return [
    record.id, record.planId, record.number, record.dueDate, record.deadlineDate, String(record.amount), record.status,
    String(record.paidAmount), String(record.paidLateAmount), instantValue(record.resolvedAt), at,
  ];
}

function paymentInsertRow(record: PaymentRecord, lookups: WriteLookups, at: string): SqlValue[] {
  const details = lookups.paymentDetails(record.paymentId);
  if (details === undefined) {
    throw new Error(`Payment ${record.paymentId} is new but the details of its bank event are missing.`);
  }
  return [
    record.paymentId, record.accountId, details.debtorId, String(record.amount), record.currency, record.paidAt.toISOString(),
    record.paidDate, record.valueDate, details.channel, details.branch, details.correspondentAgent, record.bankReference,
    record.status, String(record.unallocatedAmount), instantValue(record.reversedAt), record.reversalReason, details.eventId, at,
  ];
}

function allocationInsertRow(record: Allocation): SqlValue[] {
  return [
    record.paymentId, record.targetType, record.targetId, record.planId, String(record.amount), record.timing,
    record.allocatedAt.toISOString(), instantValue(record.reversedAt),
  ];
}

async function writeHeldReversals(manager: EntityManager, table: string, changes: AccountChanges): Promise<void> {
  const held = [...changes.heldReversals.values()].map(({ reversal, accountId, eventId }) => [
    reversal.paymentId, accountId, reversal.reversedAt.toISOString(), reversal.reason, eventId,
  ]);
  await insertRows(manager, table, HELD_REVERSAL_INSERT, held);
  if (changes.releasedReversals.size > 0) {
    await manager.query(`DELETE FROM ${table} WHERE payment_id = ANY($1::text[])`, [[...changes.releasedReversals]]);
  }
}

/** Rewrites only the accounts whose next deadline moved, so that a payment matching nothing leaves its account row alone. */
async function writeNextDeadlines(manager: EntityManager, table: string, changes: AccountChanges, at: string): Promise<void> {
  const states = changes.touchedAccounts();
  if (states.length === 0) {
    return;
  }
  await manager.query(
    `UPDATE ${table} AS target SET next_deadline_date = source.next_deadline_date, updated_at = $3::timestamptz
     FROM unnest($1::text[], $2::date[]) AS source (account_id, next_deadline_date)
     WHERE target.account_id = source.account_id AND target.next_deadline_date IS DISTINCT FROM source.next_deadline_date`,
    [states.map((state) => state.accountId), states.map(nextDeadlineDateOf), at],
  );
}
