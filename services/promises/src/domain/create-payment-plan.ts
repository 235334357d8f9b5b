import { findPlan, type AccountState } from './account-state';
import { computeDeadlineDate } from './deadline';
import { accept, acceptDuplicate, reject, type CreationContext, type Decision } from './decision';
import { domainError, type PromisesDomainError } from './errors';
import type { Installment, PaymentPlan } from './payment-plan';
import type { PromisesSettings } from './settings';
import { checkSameAccount, collectErrors } from './validation';
import { placeDrafts, validateCreatePaymentPlan, type CreatePaymentPlanCommand } from './validate-payment-plan';

/**
 * Creates an ACTIVE payment plan whose installments are PENDING, each with its deadline fixed
 * from its due date, the grace days and the calendar. The same command sent again is a duplicate.
 */
export function createPaymentPlan(state: AccountState, command: CreatePaymentPlanCommand, context: CreationContext): Decision {
  const { settings, calendar, now } = context;
  const errors = collectErrors([checkSameAccount('accountId', command.accountId, state.accountId)]);
  errors.push(...validateCreatePaymentPlan(command, settings, now));
  if (errors.length > 0) {
    return reject(errors);
  }

  const existing = findPlan(state, command.planId);
  if (existing !== undefined) {
    return isSamePlan(existing, command, settings) ? acceptDuplicate(state) : reject([planConflict(existing)]);
  }

  const graceDays = command.graceDays ?? settings.defaultGraceDays;
  const hasDownPayment = command.downPayment !== undefined && command.downPayment !== null;
  const installments: Installment[] = placeDrafts(command).map(({ draft }, index) => ({
    id: draft.installmentId,
    planId: command.planId,
    number: hasDownPayment ? index : index + 1,
    dueDate: draft.dueDate,
    deadlineDate: computeDeadlineDate(draft.dueDate, graceDays, settings.graceDayCounting, calendar),
    amount: draft.amount,
    status: 'PENDING',
    paidAmount: 0n,
    paidLateAmount: 0n,
    resolvedAt: null,
  }));
  const interestRate = command.interestRateBasisPoints ?? null;
  const plan: PaymentPlan = {
    id: command.planId,
    debtorId: command.debtorId,
    accountId: command.accountId,
    agentId: command.agentId,
    interactionId: command.interactionId ?? null,
    currency: command.currency ?? settings.defaultCurrency,
    totalAmount: command.totalAmount,
    interestRateBasisPoints: interestRate,
    creditType: interestRate === null ? null : (command.creditType ?? settings.defaultCreditType),
    graceDays,
    graceDayCounting: settings.graceDayCounting,
    keptThresholdBasisPoints: settings.installmentKeptThresholdBasisPoints,
    defaultAfterMissedInstallments: settings.defaultAfterMissedInstallments,
    createdAt: now,
    status: 'ACTIVE',
    resolvedAt: null,
    cancellationReason: null,
    installments,
  };

  return accept({ ...state, plans: [...state.plans, plan] }, [{ type: 'PaymentPlanCreated', plan }]);
}

function isSamePlan(existing: PaymentPlan, command: CreatePaymentPlanCommand, settings: PromisesSettings): boolean {
  const drafts = placeDrafts(command);
  return (
    existing.debtorId === command.debtorId &&
    existing.currency === (command.currency ?? settings.defaultCurrency) &&
    existing.totalAmount === command.totalAmount &&
    existing.installments.length === drafts.length &&
    existing.installments.every(
      (installment, index) =>
        installment.id === drafts[index].draft.installmentId &&
        installment.dueDate === drafts[index].draft.dueDate &&
        installment.amount === drafts[index].draft.amount,
    )
  );
}

function planConflict(existing: PaymentPlan): PromisesDomainError {
  return domainError(
    'PLAN_ID_CONFLICT',
    'planId',
    `Payment plan ${existing.id} already exists with another debtor, currency, total or schedule; use a new id for a new plan.`,
  );
}
