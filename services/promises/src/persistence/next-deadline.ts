import type { AccountState } from '../domain';

/**
 * Returns the earliest deadline date among the account's PENDING promises and the PENDING
 * installments of its ACTIVE plans, or null when nothing waits for a deadline. The scheduler
 * claims the account once that date has ended in Bogota.
 */
export function nextDeadlineDateOf(state: AccountState): string | null {
  const deadlines = [
    ...state.promises.filter((promise) => promise.status === 'PENDING').map((promise) => promise.deadlineDate),
    ...state.plans
      .filter((plan) => plan.status === 'ACTIVE')
      .flatMap((plan) => plan.installments.filter((installment) => installment.status === 'PENDING').map((installment) => installment.deadlineDate)),
  ];
  if (deadlines.length === 0) {
    return null;
  }
  return deadlines.reduce((earliest, date) => (date < earliest ? date : earliest));
}
