import type { PaymentPlan, Installment } from './payment-plan';
import type { Allocation, PaymentRecord, PendingReversal } from './payment';
import type { PaymentPromise } from './promise';

/**
 * Records of one account that a decision reads and returns. Each list maps to a table.
 * Decisions never mutate a state. They return a new one in which every record they did not
 * change is the same object as before, so a repository can write only the records that differ
 * by identity. A plan object is replaced whenever one of its installments changes.
 *
 * A repository does not need to load the whole history. A decision needs the records it reads:
 * - a payment: the PENDING promises and the BROKEN ones whose deadline is on or after the
 *   payment's Bogota date (every BROKEN one when late payments are allocated). Also the plans
 *   that are not CANCELLED, with all their installments, and the payment and pending reversal
 *   with the payment's id;
 * - a reversal: the payment, its allocations, the promises and plans they point to, and the
 *   pending reversal with the same id;
 * - the overdue check: PENDING promises and ACTIVE plans;
 * - creating a promise: the PENDING promises and the promise with the same id;
 * - creating a plan: the plan with the same id;
 * - cancelling: the promise or the plan to cancel.
 */
export interface AccountState {
  readonly accountId: string;
  readonly promises: readonly PaymentPromise[];
  readonly plans: readonly PaymentPlan[];
  readonly payments: readonly PaymentRecord[];
  readonly allocations: readonly Allocation[];
  /** Reversals held for payments that have not arrived, matched by paymentId only. */
  readonly pendingReversals: readonly PendingReversal[];
}

export function emptyAccountState(accountId: string): AccountState {
  return { accountId, promises: [], plans: [], payments: [], allocations: [], pendingReversals: [] };
}

export function findPromise(state: AccountState, promiseId: string): PaymentPromise | undefined {
  return state.promises.find((promise) => promise.id === promiseId);
}

export function findPlan(state: AccountState, planId: string): PaymentPlan | undefined {
  return state.plans.find((plan) => plan.id === planId);
}

export function findPayment(state: AccountState, paymentId: string): PaymentRecord | undefined {
  return state.payments.find((payment) => payment.paymentId === paymentId);
}

export function replacePromise(state: AccountState, updated: PaymentPromise): AccountState {
  return {
    ...state,
    promises: state.promises.map((promise) => (promise.id === updated.id ? updated : promise)),
  };
}

export function replacePlan(state: AccountState, updated: PaymentPlan): AccountState {
  return {
    ...state,
    plans: state.plans.map((plan) => (plan.id === updated.id ? updated : plan)),
  };
}

export function replaceInstallment(state: AccountState, updated: Installment): AccountState {
  const plan = findPlan(state, updated.planId);
  if (plan === undefined) {
    throw new Error(`Plan ${updated.planId} of installment ${updated.id} is not in the account state; load it first.`);
  }

  const installments = plan.installments.map((installment) => (installment.id === updated.id ? updated : installment));
  return replacePlan(state, { ...plan, installments });
}

export function replacePayment(state: AccountState, updated: PaymentRecord): AccountState {
  return {
    ...state,
    payments: state.payments.map((payment) => (payment.paymentId === updated.paymentId ? updated : payment)),
  };
}
