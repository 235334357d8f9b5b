import type { BusinessDate } from '@bitacora/domain';

export type PaymentChannel = 'PSE' | 'BRANCH' | 'CORRESPONDENT' | 'TRANSFER' | 'DIRECT_DEBIT' | 'OTHER';

/** A payment as the bank core reports it (PaymentReceived on core.payments.v1). */
export interface PaymentReceived {
  readonly paymentId: string;
  readonly accountId: string;
  readonly amount: bigint;
  readonly currency: string;
  /** Instant the debtor paid; promises are judged by its Bogota date. */
  readonly paidAt: Date;
  /** Accounting date the bank gives the payment; recorded, not used to judge promises. */
  readonly valueDate: BusinessDate;
  readonly channel: PaymentChannel;
  readonly bankReference: string | null;
}

/** A reversal as the bank core reports it (PaymentReversed on core.payments.v1). */
export interface PaymentReversal {
  readonly paymentId: string;
  readonly reversedAt: Date;
  readonly reason: string;
}

export type PaymentStatus = 'APPLIED' | 'REVERSED';

/** One row of the payments table; every payment received is kept for the debtor's timeline. */
export interface PaymentRecord extends PaymentReceived {
  readonly paidDate: BusinessDate;
  readonly status: PaymentStatus;
  /** Part of the amount that no open promise or installment took when the payment arrived. */
  readonly unallocatedAmount: bigint;
  readonly reversedAt: Date | null;
  readonly reversalReason: string | null;
}

export type AllocationTargetType = 'PROMISE' | 'INSTALLMENT';

/** ON_TIME counts toward keeping the target; LATE is recorded as paid late only. */
export type AllocationTiming = 'ON_TIME' | 'LATE';

/**
 * Part of a payment applied to one promise or installment: one row of the allocations table,
 * unique by (paymentId, targetType, targetId). A reversal sets reversedAt and keeps the row.
 */
export interface Allocation {
  readonly paymentId: string;
  readonly targetType: AllocationTargetType;
  readonly targetId: string;
  /** Plan of an installment target; null for a promise. */
  readonly planId: string | null;
  readonly amount: bigint;
  readonly timing: AllocationTiming;
  readonly allocatedAt: Date;
  readonly reversedAt: Date | null;
}

/**
 * A reversal received before its payment: one row of the pending_reversals table, keyed by
 * paymentId alone because PaymentReversed does not name the account.
 */
export type PendingReversal = PaymentReversal;
