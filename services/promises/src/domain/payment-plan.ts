import type { BusinessDate } from '@bitacora/domain';
import type { GraceDayCounting } from './deadline';

/** ACTIVE while running; COMPLETED when every installment is KEPT; DEFAULTED after too many MISSED. */
export type PlanStatus = 'ACTIVE' | 'COMPLETED' | 'DEFAULTED' | 'CANCELLED';

/** MISSED is the broken state of an installment; CANCELLED comes only from cancelling its plan. */
export type InstallmentStatus = 'PENDING' | 'KEPT' | 'MISSED' | 'CANCELLED';

/** One scheduled payment (cuota) of a plan: one row of the installments table. */
export interface Installment {
  readonly id: string;
  readonly planId: string;
  /** 0 for the down payment, then 1, 2, … in due-date order. */
  readonly number: number;
  readonly dueDate: BusinessDate;
  readonly deadlineDate: BusinessDate;
  readonly amount: bigint;
  readonly status: InstallmentStatus;
  readonly paidAmount: bigint;
  readonly paidLateAmount: bigint;
  readonly resolvedAt: Date | null;
}

/** Payment plan (acuerdo de pago): one row of the payment_plans table plus its installments. */
export interface PaymentPlan {
  readonly id: string;
  readonly debtorId: string;
  readonly accountId: string;
  readonly agentId: string;
  readonly interactionId: string | null;
  readonly currency: string;
  readonly totalAmount: bigint;
  /** Agreed effective annual interest rate in basis points; null for a plan without interest. */
  readonly interestRateBasisPoints: number | null;
  readonly creditType: string | null;
  readonly graceDays: number;
  readonly graceDayCounting: GraceDayCounting;
  readonly keptThresholdBasisPoints: number;
  readonly defaultAfterMissedInstallments: number;
  readonly createdAt: Date;
  readonly status: PlanStatus;
  readonly resolvedAt: Date | null;
  readonly cancellationReason: string | null;
  /** Ordered by number, down payment first. */
  readonly installments: readonly Installment[];
}

/**
 * Derives a plan's status from its installments. CANCELLED is final. Otherwise the plan is
 * COMPLETED when every installment is KEPT, DEFAULTED when the MISSED ones reach the plan's
 * limit, and ACTIVE in every other case.
 */
export function derivePlanStatus(plan: PaymentPlan): PlanStatus {
  if (plan.status === 'CANCELLED') {
    return 'CANCELLED';
  }
  if (plan.installments.every((installment) => installment.status === 'KEPT')) {
    return 'COMPLETED';
  }
  if (countMissedInstallments(plan) >= plan.defaultAfterMissedInstallments) {
    return 'DEFAULTED';
  }

  // NOTE: a plan whose installments are all KEPT or MISSED, with fewer MISSED than the limit,
  // stays ACTIVE with nothing left to pay, because no rule closes it yet.
  return 'ACTIVE';
}

export function countMissedInstallments(plan: PaymentPlan): number {
  return plan.installments.filter((installment) => installment.status === 'MISSED').length;
}
