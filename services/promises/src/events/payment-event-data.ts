import type { AllocationData, PaymentAppliedData, PaymentChannel, PaymentReversalAppliedData, PaymentReversalHeldData } from '@bitacora/contracts';
import type { Allocation, PaymentApplied, PaymentReversalHeld, PaymentReversed } from '../domain';
import { decimalOf } from './amounts';

/** What the bank's event said about a payment beyond the domain's record of it. */
export interface PaymentDetails {
  eventId: string;
  debtorId: string | null;
  channel: PaymentChannel;
  branch: string | null;
  correspondentAgent: string | null;
  valueDate: string;
}

function allocationData(allocation: Allocation, currency: string): AllocationData {
  const data: AllocationData = {
    targetType: allocation.targetType,
    targetId: allocation.targetId,
    amount: decimalOf(allocation.amount, currency),
    timing: allocation.timing,
  };
  if (allocation.planId !== null) data.planId = allocation.planId;
  return data;
}

export function paymentAppliedData(event: PaymentApplied, details: PaymentDetails, appliedAt: Date): PaymentAppliedData {
  const data: PaymentAppliedData = {
    paymentId: event.paymentId,
    accountId: event.accountId,
    amount: decimalOf(event.amount, event.currency),
    currency: event.currency,
    paidAt: event.paidAt.toISOString(),
    valueDate: details.valueDate,
    channel: details.channel,
    allocations: event.allocations.map((allocation) => allocationData(allocation, event.currency)),
    unallocatedAmount: decimalOf(event.unallocatedAmount, event.currency),
    appliedAt: appliedAt.toISOString(),
  };
  if (details.debtorId !== null) data.debtorId = details.debtorId;
  return data;
}

export function paymentReversalAppliedData(event: PaymentReversed, appliedAt: Date): PaymentReversalAppliedData {
  return {
    paymentId: event.paymentId,
    accountId: event.accountId,
    amount: decimalOf(event.amount, event.currency),
    currency: event.currency,
    reversedAt: event.reversedAt.toISOString(),
    reason: event.reason,
    releasedAllocations: event.releasedAllocations.map((allocation) => allocationData(allocation, event.currency)),
    reversalArrivedFirst: event.reversalArrivedFirst,
    appliedAt: appliedAt.toISOString(),
  };
}

export function paymentReversalHeldData(event: PaymentReversalHeld, accountId: string, heldAt: Date): PaymentReversalHeldData {
  return {
    paymentId: event.paymentId,
    accountId,
    reversedAt: event.reversedAt.toISOString(),
    reason: event.reason,
    heldAt: heldAt.toISOString(),
  };
}
