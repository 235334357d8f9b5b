import { addDays, bogotaDateOf, isValidBusinessDate, type BusinessDate } from '@bitacora/domain';
import { domainError, type PromisesDomainError } from './errors';
import { isCurrencyCode } from './money';

/** Shared field checks. Each returns the error for its field, or null when the value is valid. */

export function checkRequiredText(field: string, value: string | null | undefined): PromisesDomainError | null {
  if (value === null || value === undefined || value.trim() === '') {
    return domainError('REQUIRED', field, `${field} is missing; send a non-empty value.`);
  }

  return null;
}

export function checkPositiveAmount(field: string, amount: bigint): PromisesDomainError | null {
  if (amount <= 0n) {
    return domainError('AMOUNT_NOT_POSITIVE', field, `${field} is ${amount} minor units; it must be greater than zero.`);
  }

  return null;
}

export function checkCurrencyCode(field: string, currency: string): PromisesDomainError | null {
  if (!isCurrencyCode(currency)) {
    return domainError('INVALID_CURRENCY', field, `${field} "${currency}" is not an ISO 4217 code such as COP.`);
  }

  return null;
}

/** Checks that a due date is a real date, not before today in Bogota and within the horizon. */
export function checkDueDate(field: string, dueDate: BusinessDate, now: Date, horizonDays: number): PromisesDomainError | null {
  if (!isValidBusinessDate(dueDate)) {
    return domainError('INVALID_DATE', field, `${field} "${dueDate}" is not a date in YYYY-MM-DD form.`);
  }

  const today = bogotaDateOf(now);
  if (dueDate < today) {
    return domainError('DUE_DATE_IN_PAST', field, `${field} ${dueDate} is before today (${today}, Bogota).`);
  }

  const lastAllowed = addDays(today, horizonDays);
  if (dueDate > lastAllowed) {
    return domainError(
      'DUE_DATE_BEYOND_HORIZON',
      field,
      `${field} ${dueDate} is more than ${horizonDays} days ahead; the latest allowed is ${lastAllowed}.`,
    );
  }

  return null;
}

export function checkGraceDays(field: string, graceDays: number, maxGraceDays: number): PromisesDomainError | null {
  if (!Number.isInteger(graceDays) || graceDays < 0 || graceDays > maxGraceDays) {
    return domainError('INVALID_GRACE_DAYS', field, `${field} is ${graceDays}; it must be an integer from 0 to ${maxGraceDays}.`);
  }

  return null;
}

export function checkValidInstant(field: string, instant: Date): PromisesDomainError | null {
  if (Number.isNaN(instant.getTime())) {
    return domainError('INVALID_DATE', field, `${field} is not a valid instant.`);
  }

  return null;
}

export function checkSameAccount(field: string, accountId: string, stateAccountId: string): PromisesDomainError | null {
  if (accountId !== stateAccountId) {
    return domainError('ACCOUNT_MISMATCH', field, `${field} "${accountId}" does not match the loaded account "${stateAccountId}".`);
  }

  return null;
}

/** Drops the nulls of a list of checks. */
export function collectErrors(checks: ReadonlyArray<PromisesDomainError | null>): PromisesDomainError[] {
  return checks.filter((error): error is PromisesDomainError => error !== null);
}
