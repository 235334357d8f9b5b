import type {
  Allocation,
  AllocationTargetType,
  AllocationTiming,
  GraceDayCounting,
  Installment,
  InstallmentStatus,
  PaymentChannel,
  PaymentPlan,
  PaymentPromise,
  PaymentRecord,
  PaymentStatus,
  PendingReversal,
  PlanStatus,
  PromiseStatus,
} from '../domain';

/**
 * Row shapes as the queries below select them. Dates are cast to text so that node-postgres
 * never turns a Bogota business date into a local-time Date; bigint arrives as a string.
 */
export const PROMISE_COLUMNS = `id, debtor_id, account_id, agent_id, interaction_id, portfolio_id, amount, currency,
  due_date::text AS due_date, grace_days, grace_day_counting, deadline_date::text AS deadline_date,
  kept_threshold_basis_points, status, paid_amount, paid_late_amount, superseded_by_promise_id,
  cancellation_reason, created_at, resolved_at, created_by, updated_at, updated_by`;

export interface PromiseRow {
  id: string;
  debtor_id: string;
  account_id: string;
  agent_id: string;
  interaction_id: string | null;
  portfolio_id: string | null;
  amount: string;
  currency: string;
  due_date: string;
  grace_days: number;
  grace_day_counting: GraceDayCounting;
  deadline_date: string;
  kept_threshold_basis_points: number;
  status: PromiseStatus;
  paid_amount: string;
  paid_late_amount: string;
  superseded_by_promise_id: string | null;
  cancellation_reason: string | null;
  created_at: Date;
  resolved_at: Date | null;
  created_by: string;
  updated_at: Date;
  updated_by: string;
}

export function promiseFromRow(row: PromiseRow): PaymentPromise {
  return {
    id: row.id,
    debtorId: row.debtor_id,
    accountId: row.account_id,
    amount: BigInt(row.amount),
    currency: row.currency,
    dueDate: row.due_date,
    graceDays: row.grace_days,
    graceDayCounting: row.grace_day_counting,
    deadlineDate: row.deadline_date,
    keptThresholdBasisPoints: row.kept_threshold_basis_points,
    interactionId: row.interaction_id,
    agentId: row.agent_id,
    createdAt: row.created_at,
    status: row.status,
    paidAmount: BigInt(row.paid_amount),
    paidLateAmount: BigInt(row.paid_late_amount),
    resolvedAt: row.resolved_at,
    supersededByPromiseId: row.superseded_by_promise_id,
    cancellationReason: row.cancellation_reason,
  };
}

export const PLAN_COLUMNS = `id, debtor_id, account_id, agent_id, interaction_id, portfolio_id, currency, total_amount,
  interest_rate_basis_points, credit_type, grace_days, grace_day_counting, kept_threshold_basis_points,
  default_after_missed_installments, status, cancellation_reason, created_at, resolved_at, created_by, updated_at, updated_by`;

export interface PlanRow {
  id: string;
  debtor_id: string;
  account_id: string;
  agent_id: string;
  interaction_id: string | null;
  portfolio_id: string | null;
  currency: string;
  total_amount: string;
  interest_rate_basis_points: number | null;
  credit_type: string | null;
  grace_days: number;
  grace_day_counting: GraceDayCounting;
  kept_threshold_basis_points: number;
  default_after_missed_installments: number;
  status: PlanStatus;
  cancellation_reason: string | null;
  created_at: Date;
  resolved_at: Date | null;
  created_by: string;
  updated_at: Date;
  updated_by: string;
}

export const INSTALLMENT_COLUMNS = `id, plan_id, number, due_date::text AS due_date, deadline_date::text AS deadline_date,
  amount, status, paid_amount, paid_late_amount, resolved_at`;

export interface InstallmentRow {
  id: string;
  plan_id: string;
  number: number;
  due_date: string;
  deadline_date: string;
  amount: string;
  status: InstallmentStatus;
  paid_amount: string;
  paid_late_amount: string;
  resolved_at: Date | null;
}

export function installmentFromRow(row: InstallmentRow): Installment {
  return {
    id: row.id,
    planId: row.plan_id,
    number: row.number,
    dueDate: row.due_date,
    deadlineDate: row.deadline_date,
    amount: BigInt(row.amount),
    status: row.status,
    paidAmount: BigInt(row.paid_amount),
    paidLateAmount: BigInt(row.paid_late_amount),
    resolvedAt: row.resolved_at,
  };
}

/** Builds a plan from its row and its installment rows, which must be ordered by number. */
export function planFromRows(row: PlanRow, installments: readonly InstallmentRow[]): PaymentPlan {
  return {
    id: row.id,
    debtorId: row.debtor_id,
    accountId: row.account_id,
    agentId: row.agent_id,
    interactionId: row.interaction_id,
    currency: row.currency,
    totalAmount: BigInt(row.total_amount),
    interestRateBasisPoints: row.interest_rate_basis_points,
    creditType: row.credit_type,
    graceDays: row.grace_days,
    graceDayCounting: row.grace_day_counting,
    keptThresholdBasisPoints: row.kept_threshold_basis_points,
    defaultAfterMissedInstallments: row.default_after_missed_installments,
    createdAt: row.created_at,
    status: row.status,
    resolvedAt: row.resolved_at,
    cancellationReason: row.cancellation_reason,
    installments: installments.map(installmentFromRow),
  };
}

export const PAYMENT_COLUMNS = `payment_id, account_id, debtor_id, amount, currency, paid_at, paid_date::text AS paid_date,
  value_date::text AS value_date, channel, branch, correspondent_agent, bank_reference, status, unallocated_amount,
  reversed_at, reversal_reason, received_at`;

export interface PaymentRow {
  payment_id: string;
  account_id: string;
  debtor_id: string | null;
  amount: string;
  currency: string;
  paid_at: Date;
  paid_date: string;
  value_date: string;
  channel: string;
  branch: string | null;
  correspondent_agent: string | null;
  bank_reference: string | null;
  status: PaymentStatus;
  unallocated_amount: string;
  reversed_at: Date | null;
  reversal_reason: string | null;
  received_at: Date;
}

const DOMAIN_CHANNELS: Record<string, PaymentChannel> = {
  pse: 'PSE',
  branch: 'BRANCH',
  correspondent: 'CORRESPONDENT',
  transfer: 'TRANSFER',
  direct_debit: 'DIRECT_DEBIT',
};

/** Maps a channel of the payments contract to the domain's channel; card, cash and other become OTHER. */
export function domainChannelOf(channel: string): PaymentChannel {
  return DOMAIN_CHANNELS[channel] ?? 'OTHER';
}

export function paymentFromRow(row: PaymentRow): PaymentRecord {
  return {
    paymentId: row.payment_id,
    accountId: row.account_id,
    amount: BigInt(row.amount),
    currency: row.currency,
    paidAt: row.paid_at,
    valueDate: row.value_date,
    channel: domainChannelOf(row.channel),
    bankReference: row.bank_reference,
    paidDate: row.paid_date,
    status: row.status,
    unallocatedAmount: BigInt(row.unallocated_amount),
    reversedAt: row.reversed_at,
    reversalReason: row.reversal_reason,
  };
}

export const ALLOCATION_COLUMNS = 'payment_id, target_type, target_id, plan_id, amount, timing, allocated_at, reversed_at';

export interface AllocationRow {
  payment_id: string;
  target_type: AllocationTargetType;
  target_id: string;
  plan_id: string | null;
  amount: string;
  timing: AllocationTiming;
  allocated_at: Date;
  reversed_at: Date | null;
}

export function allocationFromRow(row: AllocationRow): Allocation {
  return {
    paymentId: row.payment_id,
    targetType: row.target_type,
    targetId: row.target_id,
    planId: row.plan_id,
    amount: BigInt(row.amount),
    timing: row.timing,
    allocatedAt: row.allocated_at,
    reversedAt: row.reversed_at,
  };
}

export const PENDING_REVERSAL_COLUMNS = 'payment_id, account_id, reversed_at, reason';

export interface PendingReversalRow {
  payment_id: string;
  account_id: string;
  reversed_at: Date;
  reason: string;
}

export function pendingReversalFromRow(row: PendingReversalRow): PendingReversal {
  return { paymentId: row.payment_id, reversedAt: row.reversed_at, reason: row.reason };
}
