import { findPayment, replacePayment, type AccountState } from './account-state';
import { hasDeadlinePassed } from './deadline';
import { accept, acceptDuplicate, reject, type Decision, type Step } from './decision';
import type { PromisesDomainError } from './errors';
import type { PromisesDomainEvent } from './events';
import { thresholdAmount } from './money';
import type { Allocation, PaymentRecord, PaymentReversal } from './payment';
import { reconcilePlanStatuses } from './plan-status';
import { getTarget, markBroken, markReopened, setTargetAmounts, type TargetRef } from './targets';
import { checkRequiredText, checkValidInstant, collectErrors } from './validation';

/**
 * Reverses a payment: releases its allocations and judges again every target it had paid, at
 * the reversal instant. A target left short of its threshold goes back to PENDING while its
 * deadline has not ended, and becomes BROKEN (MISSED) once it has. Plans follow their
 * installments, so a COMPLETED plan becomes ACTIVE or DEFAULTED.
 *
 * A reversal for a payment that is not recorded is held until the payment arrives. A second
 * reversal of the same payment changes nothing.
 */
export function reversePayment(state: AccountState, reversal: PaymentReversal): Decision {
  const errors = validatePaymentReversal(reversal);
  if (errors.length > 0) {
    return reject(errors);
  }

  const payment = findPayment(state, reversal.paymentId);
  if (payment === undefined) {
    return holdReversal(state, reversal);
  }
  if (payment.status === 'REVERSED') {
    return acceptDuplicate(state);
  }

  const released = state.allocations.filter((allocation) => allocation.paymentId === payment.paymentId && allocation.reversedAt === null);
  const reversed = markPaymentReversed(state, payment, released, reversal);
  const judged = releaseAllocations(reversed.state, released, reversal);
  return accept(judged.state, [...reversed.events, ...judged.events]);
}

export function validatePaymentReversal(reversal: PaymentReversal): PromisesDomainError[] {
  return collectErrors([checkRequiredText('paymentId', reversal.paymentId), checkValidInstant('reversedAt', reversal.reversedAt)]);
}

function holdReversal(state: AccountState, reversal: PaymentReversal): Decision {
  if (state.pendingReversals.some((held) => held.paymentId === reversal.paymentId)) {
    return acceptDuplicate(state);
  }

  const next: AccountState = { ...state, pendingReversals: [...state.pendingReversals, reversal] };
  return accept(next, [
    { type: 'PaymentReversalHeld', paymentId: reversal.paymentId, reversedAt: reversal.reversedAt, reason: reversal.reason },
  ]);
}

function markPaymentReversed(state: AccountState, payment: PaymentRecord, released: readonly Allocation[], reversal: PaymentReversal): Step {
  const releasedSet = new Set(released);
  const allocations = state.allocations.map((allocation) =>
    releasedSet.has(allocation) ? { ...allocation, reversedAt: reversal.reversedAt } : allocation,
  );
  const record: PaymentRecord = { ...payment, status: 'REVERSED', reversedAt: reversal.reversedAt, reversalReason: reversal.reason };

  return {
    state: replacePayment({ ...state, allocations }, record),
    events: [
      {
        type: 'PaymentReversed',
        paymentId: payment.paymentId,
        accountId: payment.accountId,
        amount: payment.amount,
        currency: payment.currency,
        reversedAt: reversal.reversedAt,
        reason: reversal.reason,
        releasedAllocations: released,
        reversalArrivedFirst: false,
      },
    ],
  };
}

function releaseAllocations(state: AccountState, released: readonly Allocation[], reversal: PaymentReversal): Step {
  let current = state;
  const events: PromisesDomainEvent[] = [];

  for (const allocation of released) {
    const ref: TargetRef = { type: allocation.targetType, id: allocation.targetId, planId: allocation.planId };
    const target = getTarget(current, ref);
    const paidAmount = allocation.timing === 'ON_TIME' ? target.paidAmount - allocation.amount : target.paidAmount;
    const paidLateAmount = allocation.timing === 'LATE' ? target.paidLateAmount - allocation.amount : target.paidLateAmount;
    current = setTargetAmounts(current, ref, paidAmount, paidLateAmount);

    const step = judgeAfterRelease(current, ref, reversal);
    current = step.state;
    events.push(...step.events);
  }

  const planIds = released.flatMap((allocation) => (allocation.planId === null ? [] : [allocation.planId]));
  const plans = reconcilePlanStatuses(current, planIds, reversal.reversedAt);
  return { state: plans.state, events: [...events, ...plans.events] };
}

/**
 * Judges a target at the reversal instant. Only KEPT and PENDING targets can change: a BROKEN one
 * stays BROKEN with less paid, and a PENDING installment of a plan that is no longer ACTIVE is
 * not judged, like the scheduler does.
 */
function judgeAfterRelease(state: AccountState, ref: TargetRef, reversal: PaymentReversal): Step {
  const unchanged: Step = { state, events: [] };
  const target = getTarget(state, ref);
  if (target.standing !== 'KEPT' && target.standing !== 'PENDING') {
    return unchanged;
  }
  if (target.standing === 'PENDING' && target.planStatus !== null && target.planStatus !== 'ACTIVE') {
    return unchanged;
  }
  if (target.paidAmount >= thresholdAmount(target.amount, target.keptThresholdBasisPoints)) {
    return unchanged;
  }

  if (hasDeadlinePassed(target.deadlineDate, reversal.reversedAt)) {
    return markBroken(state, ref, reversal.reversedAt, reversal.paymentId);
  }
  if (target.standing === 'KEPT') {
    return markReopened(state, ref, reversal.reversedAt, reversal.paymentId);
  }

  return unchanged;
}
