import { findPlan, replacePlan, type AccountState } from './account-state';
import type { Step } from './decision';
import type { PromisesDomainEvent } from './events';
import { countMissedInstallments, derivePlanStatus, type PaymentPlan } from './payment-plan';

/** Brings a plan's stored status in line with its installments and emits the change, if any. */
export function reconcilePlanStatus(state: AccountState, planId: string, at: Date): Step {
  const plan = findPlan(state, planId);
  if (plan === undefined) {
    throw new Error(`Plan ${planId} is not in the account state of ${state.accountId}; load it first.`);
  }

  const nextStatus = derivePlanStatus(plan);
  if (nextStatus === plan.status) {
    return { state, events: [] };
  }

  const updated: PaymentPlan = { ...plan, status: nextStatus, resolvedAt: nextStatus === 'ACTIVE' ? null : at };
  return { state: replacePlan(state, updated), events: [planStatusEvent(plan, updated, at)] };
}

/** Reconciles several plans in order, each once. */
export function reconcilePlanStatuses(state: AccountState, planIds: Iterable<string>, at: Date): Step {
  let current = state;
  const events: PromisesDomainEvent[] = [];
  for (const planId of new Set(planIds)) {
    const step = reconcilePlanStatus(current, planId, at);
    current = step.state;
    events.push(...step.events);
  }

  return { state: current, events };
}

function planStatusEvent(before: PaymentPlan, after: PaymentPlan, at: Date): PromisesDomainEvent {
  const identity = { planId: after.id, accountId: after.accountId, debtorId: after.debtorId };

  switch (after.status) {
    case 'COMPLETED':
      return { type: 'PlanCompleted', ...identity, completedAt: at };
    case 'DEFAULTED':
      return { type: 'PlanDefaulted', ...identity, missedInstallments: countMissedInstallments(after), defaultedAt: at };
    case 'ACTIVE':
      if (before.status !== 'COMPLETED' && before.status !== 'DEFAULTED') {
        throw new Error(`Plan ${before.id} cannot become ACTIVE again from ${before.status}.`);
      }
      return { type: 'PlanReactivated', ...identity, previousStatus: before.status, reactivatedAt: at };
    case 'CANCELLED':
      throw new Error(`Plan ${after.id} can only be CANCELLED by a cancel command.`);
  }
}
