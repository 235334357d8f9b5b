import type { BusinessDate } from '@bitacora/domain';
import type { PaymentPlan, PlanStatus } from './payment-plan';
import type { Allocation } from './payment';
import type { PaymentPromise } from './promise';

/** Domain events in the order a decision produced them; past tense, one per state change. */
export type PromisesDomainEvent =
  | PromiseCreated
  | PromiseKept
  | PromiseBroken
  | PromiseReopened
  | PromiseCancelled
  | PromiseSuperseded
  | PaymentPlanCreated
  | InstallmentKept
  | InstallmentMissed
  | InstallmentReopened
  | PlanCompleted
  | PlanDefaulted
  | PlanReactivated
  | PlanCancelled
  | PaymentApplied
  | PaymentReversed
  | PaymentReversalHeld;

export interface PromiseCreated {
  readonly type: 'PromiseCreated';
  readonly promise: PaymentPromise;
}

export interface PromiseKept {
  readonly type: 'PromiseKept';
  readonly promiseId: string;
  readonly accountId: string;
  readonly debtorId: string;
  readonly paidAmount: bigint;
  /** Paid-at instant of the payment that reached the threshold. */
  readonly keptAt: Date;
  readonly paymentId: string;
  /** BROKEN when an in-time payment arrived after the promise had been judged broken. */
  readonly previousStatus: 'PENDING' | 'BROKEN';
}

export interface PromiseBroken {
  readonly type: 'PromiseBroken';
  readonly promiseId: string;
  readonly accountId: string;
  readonly debtorId: string;
  readonly amount: bigint;
  readonly paidAmount: bigint;
  readonly deadlineDate: BusinessDate;
  readonly brokenAt: Date;
  readonly previousStatus: 'PENDING' | 'KEPT';
  /** Payment whose reversal broke the promise; null when the deadline alone did. */
  readonly reversedPaymentId: string | null;
}

export interface PromiseReopened {
  readonly type: 'PromiseReopened';
  readonly promiseId: string;
  readonly accountId: string;
  readonly debtorId: string;
  readonly paidAmount: bigint;
  readonly reopenedAt: Date;
  readonly reversedPaymentId: string;
}

export interface PromiseCancelled {
  readonly type: 'PromiseCancelled';
  readonly promiseId: string;
  readonly accountId: string;
  readonly debtorId: string;
  readonly cancelledAt: Date;
  readonly cancelledBy: string;
  readonly reason: string;
}

export interface PromiseSuperseded {
  readonly type: 'PromiseSuperseded';
  readonly promiseId: string;
  readonly accountId: string;
  readonly debtorId: string;
  readonly supersededByPromiseId: string;
  readonly supersededAt: Date;
}

export interface PaymentPlanCreated {
  readonly type: 'PaymentPlanCreated';
  readonly plan: PaymentPlan;
}

export interface InstallmentKept {
  readonly type: 'InstallmentKept';
  readonly planId: string;
  readonly installmentId: string;
  readonly installmentNumber: number;
  readonly accountId: string;
  readonly paidAmount: bigint;
  readonly keptAt: Date;
  readonly paymentId: string;
  readonly previousStatus: 'PENDING' | 'MISSED';
}

export interface InstallmentMissed {
  readonly type: 'InstallmentMissed';
  readonly planId: string;
  readonly installmentId: string;
  readonly installmentNumber: number;
  readonly accountId: string;
  readonly amount: bigint;
  readonly paidAmount: bigint;
  readonly deadlineDate: BusinessDate;
  readonly missedAt: Date;
  readonly previousStatus: 'PENDING' | 'KEPT';
  readonly reversedPaymentId: string | null;
}

export interface InstallmentReopened {
  readonly type: 'InstallmentReopened';
  readonly planId: string;
  readonly installmentId: string;
  readonly installmentNumber: number;
  readonly accountId: string;
  readonly paidAmount: bigint;
  readonly reopenedAt: Date;
  readonly reversedPaymentId: string;
}

export interface PlanCompleted {
  readonly type: 'PlanCompleted';
  readonly planId: string;
  readonly accountId: string;
  readonly debtorId: string;
  readonly completedAt: Date;
}

export interface PlanDefaulted {
  readonly type: 'PlanDefaulted';
  readonly planId: string;
  readonly accountId: string;
  readonly debtorId: string;
  readonly missedInstallments: number;
  readonly defaultedAt: Date;
}

/** A COMPLETED or DEFAULTED plan that is ACTIVE again, after a reversal or an in-time payment. */
export interface PlanReactivated {
  readonly type: 'PlanReactivated';
  readonly planId: string;
  readonly accountId: string;
  readonly debtorId: string;
  readonly previousStatus: Exclude<PlanStatus, 'ACTIVE' | 'CANCELLED'>;
  readonly reactivatedAt: Date;
}

export interface PlanCancelled {
  readonly type: 'PlanCancelled';
  readonly planId: string;
  readonly accountId: string;
  readonly debtorId: string;
  readonly cancelledAt: Date;
  readonly cancelledBy: string;
  readonly reason: string;
}

/** A payment recorded and split among open targets; emitted even when nothing was open. */
export interface PaymentApplied {
  readonly type: 'PaymentApplied';
  readonly paymentId: string;
  readonly accountId: string;
  readonly amount: bigint;
  readonly currency: string;
  readonly paidAt: Date;
  readonly allocations: readonly Allocation[];
  readonly unallocatedAmount: bigint;
}

export interface PaymentReversed {
  readonly type: 'PaymentReversed';
  readonly paymentId: string;
  readonly accountId: string;
  readonly amount: bigint;
  readonly currency: string;
  readonly reversedAt: Date;
  readonly reason: string;
  /** Allocations the reversal cancelled, as they were before it. */
  readonly releasedAllocations: readonly Allocation[];
  /** True when the reversal had been held and the payment arrived after it. */
  readonly reversalArrivedFirst: boolean;
}

/** A reversal whose payment has not arrived; it is applied when the payment does. */
export interface PaymentReversalHeld {
  readonly type: 'PaymentReversalHeld';
  readonly paymentId: string;
  readonly reversedAt: Date;
  readonly reason: string;
}
