import type { BusinessDate } from '@bitacora/domain';
import type { GraceDayCounting } from './deadline';

/**
 * PENDING until judged. KEPT once enough was paid in time, BROKEN once the deadline passed
 * without it, CANCELLED by an agent, SUPERSEDED by a newer promise on the same account.
 */
export type PromiseStatus = 'PENDING' | 'KEPT' | 'BROKEN' | 'CANCELLED' | 'SUPERSEDED';

/**
 * Promise to pay (promesa de pago): one row of the promises table. The deadline and the kept
 * threshold are fixed when the promise is made, so a later change of settings or of the holiday
 * calendar does not move what the debtor agreed to.
 */
export interface PaymentPromise {
  readonly id: string;
  readonly debtorId: string;
  /** The bank's own account (obligación) id, kept as given. */
  readonly accountId: string;
  readonly amount: bigint;
  readonly currency: string;
  readonly dueDate: BusinessDate;
  readonly graceDays: number;
  readonly graceDayCounting: GraceDayCounting;
  /** Last Bogota date on which a payment counts as in time: due date plus grace days. */
  readonly deadlineDate: BusinessDate;
  readonly keptThresholdBasisPoints: number;
  readonly interactionId: string | null;
  readonly agentId: string;
  readonly createdAt: Date;
  readonly status: PromiseStatus;
  /** Sum of the active allocations paid on or before the deadline. */
  readonly paidAmount: bigint;
  /** Sum of the active allocations paid after the deadline. */
  readonly paidLateAmount: bigint;
  /** Instant of the last status change away from PENDING; null while PENDING. */
  readonly resolvedAt: Date | null;
  readonly supersededByPromiseId: string | null;
  readonly cancellationReason: string | null;
}
