import type { AccountState } from './account-state';
import { hasDeadlinePassed } from './deadline';
import { accept, type Decision, type Step } from './decision';
import type { PromisesDomainEvent } from './events';
import { reconcilePlanStatuses } from './plan-status';
import { listTargets, markBroken, type TargetRef } from './targets';

/**
 * Lists the PENDING promises, and the PENDING installments of ACTIVE plans, whose deadline date
 * has ended in Bogota at `now`. Installments of a DEFAULTED plan are no longer judged.
 */
export function findOverdueTargets(state: AccountState, now: Date): TargetRef[] {
  return listTargets(state)
    .filter((target) => target.standing === 'PENDING')
    .filter((target) => target.planStatus === null || target.planStatus === 'ACTIVE')
    .filter((target) => hasDeadlinePassed(target.deadlineDate, now))
    .map(({ type, id, planId }) => ({ type, id, planId }));
}

/**
 * Scheduler decision: marks every overdue target BROKEN (MISSED for installments) at `now`, then
 * marks DEFAULTED each plan whose MISSED installments reached its limit.
 */
export function breakOverdueTargets(state: AccountState, now: Date): Decision {
  const step = breakOverdue(state, now);
  return accept(step.state, step.events);
}

/** Does what breakOverdueTargets does, as one step of a larger decision such as applyPayment. */
export function breakOverdue(state: AccountState, now: Date): Step {
  let current = state;
  const events: PromisesDomainEvent[] = [];
  const overdue = findOverdueTargets(state, now);

  for (const target of overdue) {
    const step = markBroken(current, target, now, null);
    current = step.state;
    events.push(...step.events);
  }

  const planIds = overdue.flatMap((target) => (target.planId === null ? [] : [target.planId]));
  const plans = reconcilePlanStatuses(current, planIds, now);
  return { state: plans.state, events: [...events, ...plans.events] };
}
