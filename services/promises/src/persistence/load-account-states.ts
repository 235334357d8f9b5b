import type { EntityManager } from 'typeorm';
import { emptyAccountState, type AccountState } from '../domain';
import {
  ALLOCATION_COLUMNS,
  allocationFromRow,
  INSTALLMENT_COLUMNS,
  PAYMENT_COLUMNS,
  paymentFromRow,
  PENDING_REVERSAL_COLUMNS,
  pendingReversalFromRow,
  PLAN_COLUMNS,
  planFromRows,
  PROMISE_COLUMNS,
  promiseFromRow,
  type AllocationRow,
  type InstallmentRow,
  type PaymentRow,
  type PendingReversalRow,
  type PlanRow,
  type PromiseRow,
} from './rows';

/** Records to load besides the open state of the accounts. */
export interface LoadHints {
  paymentIds?: readonly string[];
  promiseIds?: readonly string[];
  planIds?: readonly string[];
}

/** Accounts that own the stored payments and held reversals with these ids. */
export async function findPaymentOwners(manager: EntityManager, schema: string, paymentIds: readonly string[]): Promise<Map<string, string>> {
  if (paymentIds.length === 0) {
    return new Map();
  }
  const rows: { payment_id: string; account_id: string }[] = await manager.query(
    `SELECT payment_id, account_id FROM "${schema}".payments WHERE payment_id = ANY($1::text[])
     UNION ALL
     SELECT payment_id, account_id FROM "${schema}".pending_reversals WHERE payment_id = ANY($1::text[])`,
    [paymentIds],
  );
  return new Map(rows.map((row) => [row.payment_id, row.account_id]));
}

/**
 * Loads what the domain's decisions read for many accounts at once, with one query per table.
 * That is every PENDING promise, and every BROKEN one with something left to pay, and every
 * ACTIVE or DEFAULTED plan with all its installments. It adds the payments, allocations and held
 * reversals named in `hints`, and the promises and plans those allocations point to. Each record
 * goes to the state of the account it belongs to. Lock the accounts first (lockAccounts).
 */
export async function loadAccountStates(manager: EntityManager, schema: string, accountIds: readonly string[], hints: LoadHints = {}): Promise<Map<string, AccountState>> {
  const table = (name: string) => `"${schema}".${name}`;
  const accounts = [...new Set(accountIds)];
  const paymentIds = [...new Set(hints.paymentIds ?? [])];

  const byPaymentId = async <Row>(name: string, columns: string): Promise<Row[]> =>
    paymentIds.length === 0 ? [] : manager.query(`SELECT ${columns} FROM ${table(name)} WHERE payment_id = ANY($1::text[])`, [paymentIds]);
  const payments = await byPaymentId<PaymentRow>('payments', PAYMENT_COLUMNS);
  // Allocations reference stored payments, so only the payments just found can have any.
  const storedPaymentIds = payments.map((row) => row.payment_id);
  const allocations: AllocationRow[] =
    storedPaymentIds.length === 0 ? [] : await manager.query(`SELECT ${ALLOCATION_COLUMNS} FROM ${table('allocations')} WHERE payment_id = ANY($1::text[])`, [storedPaymentIds]);
  const heldReversals = await byPaymentId<PendingReversalRow>('pending_reversals', PENDING_REVERSAL_COLUMNS);

  const promiseIds = [...new Set([...(hints.promiseIds ?? []), ...allocations.filter((row) => row.target_type === 'PROMISE').map((row) => row.target_id)])];
  const planIds = [...new Set([...(hints.planIds ?? []), ...allocations.flatMap((row) => (row.plan_id === null ? [] : [row.plan_id]))])];

  const promises: PromiseRow[] = await manager.query(
    `SELECT ${PROMISE_COLUMNS} FROM ${table('promises')}
     WHERE (account_id = ANY($1::text[]) AND (status = 'PENDING' OR (status = 'BROKEN' AND amount > paid_amount + paid_late_amount)))
        OR id = ANY($2::uuid[])`,
    [accounts, promiseIds],
  );
  const plans: PlanRow[] = await manager.query(
    `SELECT ${PLAN_COLUMNS} FROM ${table('payment_plans')}
     WHERE (account_id = ANY($1::text[]) AND status IN ('ACTIVE', 'DEFAULTED')) OR id = ANY($2::uuid[])`,
    [accounts, planIds],
  );
  const installments: InstallmentRow[] = plans.length === 0
    ? []
    : await manager.query(`SELECT ${INSTALLMENT_COLUMNS} FROM ${table('installments')} WHERE plan_id = ANY($1::uuid[]) ORDER BY plan_id, number`, [plans.map((plan) => plan.id)]);

  return assembleStates(accounts, { promises, plans, installments, payments, allocations, heldReversals });
}

interface LoadedRows {
  promises: PromiseRow[];
  plans: PlanRow[];
  installments: InstallmentRow[];
  payments: PaymentRow[];
  allocations: AllocationRow[];
  heldReversals: PendingReversalRow[];
}

function assembleStates(accountIds: readonly string[], rows: LoadedRows): Map<string, AccountState> {
  const buckets = new Map<string, MutableState>();
  const bucketOf = (accountId: string): MutableState => {
    const existing = buckets.get(accountId);
    if (existing !== undefined) {
      return existing;
    }
    const created: MutableState = { promises: [], plans: [], payments: [], allocations: [], pendingReversals: [] };
    buckets.set(accountId, created);
    return created;
  };
  accountIds.forEach(bucketOf);

  const installmentsByPlan = groupBy(rows.installments, (row) => row.plan_id);
  const accountOfPayment = new Map(rows.payments.map((row) => [row.payment_id, row.account_id]));

  for (const row of sortBy(rows.promises, (row) => row.id)) {
    bucketOf(row.account_id).promises.push(promiseFromRow(row));
  }
  for (const row of sortBy(rows.plans, (row) => row.id)) {
    bucketOf(row.account_id).plans.push(planFromRows(row, installmentsByPlan.get(row.id) ?? []));
  }
  for (const row of rows.payments) {
    bucketOf(row.account_id).payments.push(paymentFromRow(row));
  }
  for (const row of rows.allocations) {
    // Allocations are loaded by the same payment ids as payments, and reference them by foreign key.
    const accountId = accountOfPayment.get(row.payment_id);
    if (accountId !== undefined) {
      bucketOf(accountId).allocations.push(allocationFromRow(row));
    }
  }
  for (const row of rows.heldReversals) {
    bucketOf(row.account_id).pendingReversals.push(pendingReversalFromRow(row));
  }

  return new Map([...buckets].map(([accountId, bucket]) => [accountId, { ...emptyAccountState(accountId), ...bucket }]));
}

type MutableState = { -readonly [Key in Exclude<keyof AccountState, 'accountId'>]: AccountState[Key] extends readonly (infer Item)[] ? Item[] : never };

function groupBy<Row>(rows: readonly Row[], keyOf: (row: Row) => string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row)) ?? [];
    group.push(row);
    groups.set(keyOf(row), group);
  }
  return groups;
}

function sortBy<Row>(rows: readonly Row[], keyOf: (row: Row) => string): Row[] {
  return [...rows].sort((first, second) => (keyOf(first) < keyOf(second) ? -1 : keyOf(first) > keyOf(second) ? 1 : 0));
}
