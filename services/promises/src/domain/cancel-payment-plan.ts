import { findPlan, replacePlan, type AccountState } from './account-state';
import { accept, acceptDuplicate, reject, type Decision } from './decision';
import { domainError } from './errors';
import type { PaymentPlan } from './payment-plan';
import { checkRequiredText, collectErrors } from './validation';

export interface CancelPaymentPlanCommand {
  readonly planId: string;
  /** Agent or user who cancelled it. */
  readonly cancelledBy: string;
  readonly reason: string;
}

/**
 * Cancels an ACTIVE plan. Its PENDING installments become CANCELLED; KEPT and MISSED ones keep
 * their status as history. Cancelling a CANCELLED plan again is a duplicate.
 */
export function cancelPaymentPlan(state: AccountState, command: CancelPaymentPlanCommand, now: Date): Decision {
  const errors = collectErrors([
    checkRequiredText('planId', command.planId),
    checkRequiredText('cancelledBy', command.cancelledBy),
    checkRequiredText('reason', command.reason),
  ]);
  if (errors.length > 0) {
    return reject(errors);
  }

  const plan = findPlan(state, command.planId);
  if (plan === undefined) {
    return reject([domainError('PLAN_NOT_FOUND', 'planId', `Payment plan ${command.planId} was not found on account ${state.accountId}.`)]);
  }
  if (plan.status === 'CANCELLED') {
    return acceptDuplicate(state);
  }
  if (plan.status !== 'ACTIVE') {
    return reject([domainError('PLAN_NOT_ACTIVE', 'planId', `Payment plan ${plan.id} is ${plan.status}; only an ACTIVE plan can be cancelled.`)]);
  }

  const cancelled: PaymentPlan = {
    ...plan,
    status: 'CANCELLED',
    resolvedAt: now,
    cancellationReason: command.reason,
    installments: plan.installments.map((installment) =>
      installment.status === 'PENDING' ? { ...installment, status: 'CANCELLED', resolvedAt: now } : installment,
    ),
  };
  return accept(replacePlan(state, cancelled), [
    {
      type: 'PlanCancelled',
      planId: plan.id,
      accountId: plan.accountId,
      debtorId: plan.debtorId,
      cancelledAt: now,
      cancelledBy: command.cancelledBy,
      reason: command.reason,
    },
  ]);
}
