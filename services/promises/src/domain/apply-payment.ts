import { findPayment, type AccountState } from './account-state';
import { bogotaDateOf, isValidBusinessDate, type BusinessDate } from '@bitacora/domain';
import { accept, acceptDuplicate, reject, type Decision, type Step } from './decision';
import { domainError, type PromisesDomainError } from './errors';
import type { PromisesDomainEvent } from './events';
import { minAmount, thresholdAmount } from './money';
import { breakOverdue } from './overdue';
import type { Allocation, AllocationTiming, PaymentReceived, PaymentRecord, PendingReversal } from './payment';
import { reconcilePlanStatuses } from './plan-status';
import type { PromisesSettings } from './settings';
import {
  compareByAllocationOrder,
  getTarget,
  listTargets,
  markKept,
  openAmountOf,
  setTargetAmounts,
  type AllocationTarget,
} from './targets';
import { checkCurrencyCode, checkPositiveAmount, checkRequiredText, checkSameAccount, checkValidInstant, collectErrors } from './validation';

/**
 * Applies a payment from the bank core to the account.
 *
 * - A payment already recorded with the same id and content is a duplicate and changes nothing.
 * - A payment whose reversal was held is recorded as REVERSED and allocates nothing.
 * - Otherwise every target whose deadline ended before the paid-at instant is judged first, so a
 *   late payment cannot keep a promise that the scheduler has not yet marked BROKEN. The payment
 *   then goes to open targets of its currency, oldest due date first, and what is left is
 *   recorded as unallocated.
 */
export function applyPayment(state: AccountState, payment: PaymentReceived, settings: PromisesSettings): Decision {
  const errors = validatePaymentReceived(state, payment);
  if (errors.length > 0) {
    return reject(errors);
  }

  const existing = findPayment(state, payment.paymentId);
  if (existing !== undefined) {
    return isSamePayment(existing, payment) ? acceptDuplicate(state) : reject([paymentConflict(existing, payment)]);
  }

  const heldReversal = state.pendingReversals.find((reversal) => reversal.paymentId === payment.paymentId);
  if (heldReversal !== undefined) {
    return recordReversedOnArrival(state, payment, heldReversal);
  }

  const judged = breakOverdue(state, payment.paidAt);
  const allocated = allocate(judged.state, payment, settings);
  return accept(allocated.state, [...judged.events, ...allocated.events]);
}

export function validatePaymentReceived(state: AccountState, payment: PaymentReceived): PromisesDomainError[] {
  return collectErrors([
    checkRequiredText('paymentId', payment.paymentId),
    checkSameAccount('accountId', payment.accountId, state.accountId),
    checkPositiveAmount('amount', payment.amount),
    checkCurrencyCode('currency', payment.currency),
    checkValidInstant('paidAt', payment.paidAt),
    isValidBusinessDate(payment.valueDate)
      ? null
      : domainError('INVALID_DATE', 'valueDate', `valueDate "${payment.valueDate}" is not a date in YYYY-MM-DD form.`),
  ]);
}

function allocate(state: AccountState, payment: PaymentReceived, settings: PromisesSettings): Step {
  const paidDate = bogotaDateOf(payment.paidAt);
  const candidates = listTargets(state)
    .map((target) => ({ target, timing: allocationTimingFor(target, payment.currency, paidDate, settings) }))
    .filter((candidate): candidate is { target: AllocationTarget; timing: AllocationTiming } => candidate.timing !== null)
    .sort((first, second) => compareByAllocationOrder(first.target, second.target));

  let current = state;
  let remaining = payment.amount;
  const allocations: Allocation[] = [];
  for (const { target, timing } of candidates) {
    if (remaining === 0n) {
      break;
    }

    const amount = minAmount(openAmountOf(target), remaining);
    allocations.push({
      paymentId: payment.paymentId,
      targetType: target.type,
      targetId: target.id,
      planId: target.planId,
      amount,
      timing,
      allocatedAt: payment.paidAt,
      reversedAt: null,
    });
    const paidAmount = timing === 'ON_TIME' ? target.paidAmount + amount : target.paidAmount;
    const paidLateAmount = timing === 'LATE' ? target.paidLateAmount + amount : target.paidLateAmount;
    current = setTargetAmounts(current, target, paidAmount, paidLateAmount);
    remaining -= amount;
  }

  const record: PaymentRecord = {
    ...payment,
    paidDate,
    status: 'APPLIED',
    unallocatedAmount: remaining,
    reversedAt: null,
    reversalReason: null,
  };
  current = { ...current, payments: [...current.payments, record], allocations: [...current.allocations, ...allocations] };
  const applied: PromisesDomainEvent = {
    type: 'PaymentApplied',
    paymentId: payment.paymentId,
    accountId: payment.accountId,
    amount: payment.amount,
    currency: payment.currency,
    paidAt: payment.paidAt,
    allocations,
    unallocatedAmount: remaining,
  };

  const kept = keepTargetsThatReachedThreshold(current, allocations, payment);
  return { state: kept.state, events: [applied, ...kept.events] };
}

/**
 * Decides how a payment paid on `paidDate` may go to a target: ON_TIME up to the deadline date,
 * LATE after it (only when late payments are allocated), or not at all. A BROKEN target still
 * takes an ON_TIME allocation, because the payment may reach the promises service after the
 * scheduler judged the target, and payments are judged by when they were paid.
 */
function allocationTimingFor(
  target: AllocationTarget,
  currency: string,
  paidDate: BusinessDate,
  settings: PromisesSettings,
): AllocationTiming | null {
  if (target.currency !== currency || openAmountOf(target) <= 0n) {
    return null;
  }

  const inTime = paidDate <= target.deadlineDate;
  const lateTiming: AllocationTiming | null = settings.allocateLatePayments ? 'LATE' : null;
  switch (target.standing) {
    case 'PENDING':
      if (target.planStatus !== null && target.planStatus !== 'ACTIVE') {
        return null;
      }
      return inTime ? 'ON_TIME' : lateTiming;
    case 'BROKEN':
      if (target.planStatus === 'CANCELLED') {
        return null;
      }
      return inTime ? 'ON_TIME' : lateTiming;
    case 'KEPT':
    case 'CLOSED':
      return null;
  }
}

function keepTargetsThatReachedThreshold(state: AccountState, allocations: readonly Allocation[], payment: PaymentReceived): Step {
  let current = state;
  const events: PromisesDomainEvent[] = [];
  const onTime = allocations.filter((allocation) => allocation.timing === 'ON_TIME');

  for (const allocation of onTime) {
    const ref = { type: allocation.targetType, id: allocation.targetId, planId: allocation.planId };
    const target = getTarget(current, ref);
    if (target.paidAmount < thresholdAmount(target.amount, target.keptThresholdBasisPoints)) {
      continue;
    }

    const step = markKept(current, ref, payment.paidAt, payment.paymentId);
    current = step.state;
    events.push(...step.events);
  }

  const planIds = onTime.flatMap((allocation) => (allocation.planId === null ? [] : [allocation.planId]));
  const plans = reconcilePlanStatuses(current, planIds, payment.paidAt);
  return { state: plans.state, events: [...events, ...plans.events] };
}

function recordReversedOnArrival(state: AccountState, payment: PaymentReceived, heldReversal: PendingReversal): Decision {
  const record: PaymentRecord = {
    ...payment,
    paidDate: bogotaDateOf(payment.paidAt),
    status: 'REVERSED',
    unallocatedAmount: payment.amount,
    reversedAt: heldReversal.reversedAt,
    reversalReason: heldReversal.reason,
  };
  const next: AccountState = {
    ...state,
    payments: [...state.payments, record],
    pendingReversals: state.pendingReversals.filter((reversal) => reversal !== heldReversal),
  };

  return accept(next, [
    {
      type: 'PaymentReversed',
      paymentId: payment.paymentId,
      accountId: payment.accountId,
      amount: payment.amount,
      currency: payment.currency,
      reversedAt: heldReversal.reversedAt,
      reason: heldReversal.reason,
      releasedAllocations: [],
      reversalArrivedFirst: true,
    },
  ]);
}

function isSamePayment(recorded: PaymentRecord, payment: PaymentReceived): boolean {
  return (
    recorded.accountId === payment.accountId &&
    recorded.amount === payment.amount &&
    recorded.currency === payment.currency &&
    recorded.paidAt.getTime() === payment.paidAt.getTime()
  );
}

function paymentConflict(recorded: PaymentRecord, payment: PaymentReceived): PromisesDomainError {
  return domainError(
    'PAYMENT_ID_CONFLICT',
    'paymentId',
    `Payment ${payment.paymentId} was already recorded as ${recorded.amount} ${recorded.currency} paid at ${recorded.paidAt.toISOString()} ` +
      `on account ${recorded.accountId}; the new event says ${payment.amount} ${payment.currency} at ${payment.paidAt.toISOString()} ` +
      `on account ${payment.accountId}.`,
  );
}
