import { bogotaDateOf, isValidBusinessDate, type BusinessDate } from '@bitacora/domain';
import { domainError, type PromisesDomainError } from './errors';
import { sumAmounts } from './money';
import type { PromisesSettings } from './settings';
import { checkUsuryCap } from './usury';
import {
  checkCurrencyCode,
  checkDueDate,
  checkGraceDays,
  checkPositiveAmount,
  checkRequiredText,
  collectErrors,
} from './validation';

export interface InstallmentDraft {
  readonly installmentId: string;
  readonly dueDate: BusinessDate;
  /** Amount in minor units. */
  readonly amount: bigint;
  /** When given, it must equal the plan's currency. */
  readonly currency?: string;
}

export interface CreatePaymentPlanCommand {
  readonly planId: string;
  readonly debtorId: string;
  readonly accountId: string;
  readonly agentId: string;
  readonly interactionId?: string | null;
  /** ISO 4217 code; the settings' default currency when absent. */
  readonly currency?: string;
  /** Sum of the down payment and every installment, in minor units. */
  readonly totalAmount: bigint;
  /** Installment number 0, due before the first installment. */
  readonly downPayment?: InstallmentDraft | null;
  /** Installments 1, 2, … in due-date order. */
  readonly installments: readonly InstallmentDraft[];
  /** The settings' default grace days when absent. */
  readonly graceDays?: number;
  /** Agreed effective annual interest rate in basis points; absent or null for no interest. */
  readonly interestRateBasisPoints?: number | null;
  /** Credit type whose usury cap applies; the settings' default credit type when absent. */
  readonly creditType?: string;
}

/** A draft with the input path used in its errors, down payment first. */
export interface PlacedDraft {
  readonly field: string;
  readonly draft: InstallmentDraft;
}

/**
 * Checks a payment plan command on its own, without the account state, and returns every error
 * found: amounts positive, one currency, due dates valid, not past, within the horizon and
 * strictly increasing, installments adding up to the total, and interest within the usury cap
 * in force today (Bogota).
 */
export function validateCreatePaymentPlan(command: CreatePaymentPlanCommand, settings: PromisesSettings, now: Date): PromisesDomainError[] {
  const currency = command.currency ?? settings.defaultCurrency;
  const drafts = placeDrafts(command);

  const errors = collectErrors([
    checkRequiredText('planId', command.planId),
    checkRequiredText('debtorId', command.debtorId),
    checkRequiredText('accountId', command.accountId),
    checkRequiredText('agentId', command.agentId),
    checkCurrencyCode('currency', currency),
    checkPositiveAmount('totalAmount', command.totalAmount),
    checkGraceDays('graceDays', command.graceDays ?? settings.defaultGraceDays, settings.maxGraceDays),
    command.installments.length === 0
      ? domainError('INSTALLMENTS_MISSING', 'installments', 'installments is empty; a plan needs at least one installment.')
      : null,
  ]);

  for (const { field, draft } of drafts) {
    errors.push(...validateDraft(field, draft, currency, settings, now));
  }
  errors.push(...checkUniqueIds(drafts));
  errors.push(...checkIncreasingDueDates(drafts));
  errors.push(...collectErrors([checkInstallmentSum(command.totalAmount, drafts), checkInterest(command, settings, now)]));

  return errors;
}

export function placeDrafts(command: CreatePaymentPlanCommand): PlacedDraft[] {
  const placed = command.installments.map((draft, index) => ({ field: `installments[${index}]`, draft }));
  if (command.downPayment === undefined || command.downPayment === null) {
    return placed;
  }

  return [{ field: 'downPayment', draft: command.downPayment }, ...placed];
}

function validateDraft(field: string, draft: InstallmentDraft, planCurrency: string, settings: PromisesSettings, now: Date): PromisesDomainError[] {
  return collectErrors([
    checkRequiredText(`${field}.installmentId`, draft.installmentId),
    checkPositiveAmount(`${field}.amount`, draft.amount),
    checkDueDate(`${field}.dueDate`, draft.dueDate, now, settings.dueDateHorizonDays),
    checkDraftCurrency(`${field}.currency`, draft.currency, planCurrency),
  ]);
}

function checkDraftCurrency(field: string, currency: string | undefined, planCurrency: string): PromisesDomainError | null {
  if (currency === undefined) {
    return null;
  }

  const invalid = checkCurrencyCode(field, currency);
  if (invalid !== null) {
    return invalid;
  }
  if (currency !== planCurrency) {
    return domainError('CURRENCY_MISMATCH', field, `${field} is ${currency} but the plan is in ${planCurrency}; a plan uses one currency.`);
  }

  return null;
}

function checkUniqueIds(drafts: readonly PlacedDraft[]): PromisesDomainError[] {
  const seen = new Set<string>();
  const errors: PromisesDomainError[] = [];
  for (const { field, draft } of drafts) {
    if (seen.has(draft.installmentId)) {
      errors.push(domainError('DUPLICATE_ID', `${field}.installmentId`, `Installment id ${draft.installmentId} is used twice in the plan.`));
    }
    seen.add(draft.installmentId);
  }

  return errors;
}

/** Reports each due date that is not after the previous valid one; invalid dates are reported elsewhere. */
function checkIncreasingDueDates(drafts: readonly PlacedDraft[]): PromisesDomainError[] {
  const errors: PromisesDomainError[] = [];
  let previous: PlacedDraft | undefined;
  for (const placed of drafts) {
    if (!isValidBusinessDate(placed.draft.dueDate)) {
      continue;
    }
    if (previous !== undefined && placed.draft.dueDate <= previous.draft.dueDate) {
      errors.push(
        domainError(
          'DUE_DATES_NOT_INCREASING',
          `${placed.field}.dueDate`,
          `${placed.field}.dueDate ${placed.draft.dueDate} must be after ${previous.field}.dueDate ${previous.draft.dueDate}.`,
        ),
      );
    }
    previous = placed;
  }

  return errors;
}

function checkInstallmentSum(totalAmount: bigint, drafts: readonly PlacedDraft[]): PromisesDomainError | null {
  const sum = sumAmounts(drafts.map(({ draft }) => draft.amount));
  if (sum !== totalAmount) {
    return domainError(
      'INSTALLMENT_SUM_MISMATCH',
      'totalAmount',
      `totalAmount is ${totalAmount} minor units but the down payment and installments add up to ${sum}.`,
    );
  }

  return null;
}

function checkInterest(command: CreatePaymentPlanCommand, settings: PromisesSettings, now: Date): PromisesDomainError | null {
  const rate = command.interestRateBasisPoints;
  if (rate === undefined || rate === null) {
    return null;
  }
  if (!Number.isInteger(rate) || rate < 0) {
    return domainError(
      'INVALID_INTEREST_RATE',
      'interestRateBasisPoints',
      `interestRateBasisPoints is ${rate}; send the effective annual rate as a non-negative integer of basis points (2550 = 25.50 %).`,
    );
  }

  const creditType = command.creditType ?? settings.defaultCreditType;
  return checkUsuryCap('interestRateBasisPoints', rate, creditType, bogotaDateOf(now), settings.usuryCaps);
}
