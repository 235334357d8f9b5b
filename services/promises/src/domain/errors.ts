/**
 * Expected failures of the promises domain, returned as values. The code is stable, and the edge
 * maps it to an HTTP status and a translated message. `message` is English text for developers
 * and logs, not for debtors or agents.
 */
export type PromisesErrorCode =
  | 'REQUIRED'
  | 'ACCOUNT_MISMATCH'
  | 'AMOUNT_NOT_POSITIVE'
  | 'INVALID_CURRENCY'
  | 'CURRENCY_MISMATCH'
  | 'INVALID_DATE'
  | 'DUE_DATE_IN_PAST'
  | 'DUE_DATE_BEYOND_HORIZON'
  | 'DUE_DATES_NOT_INCREASING'
  | 'INVALID_GRACE_DAYS'
  | 'INSTALLMENTS_MISSING'
  | 'INSTALLMENT_SUM_MISMATCH'
  | 'DUPLICATE_ID'
  | 'INVALID_INTEREST_RATE'
  | 'INTEREST_ABOVE_USURY_CAP'
  | 'USURY_CAP_NOT_CONFIGURED'
  | 'INVALID_SETTING'
  | 'PROMISE_NOT_FOUND'
  | 'PROMISE_NOT_PENDING'
  | 'PROMISE_ID_CONFLICT'
  | 'PLAN_NOT_FOUND'
  | 'PLAN_NOT_ACTIVE'
  | 'PLAN_ID_CONFLICT'
  | 'PAYMENT_ID_CONFLICT';

export interface PromisesDomainError {
  readonly code: PromisesErrorCode;
  /** Path of the offending input field, for example 'installments[2].dueDate'. */
  readonly field: string;
  readonly message: string;
}

export function domainError(code: PromisesErrorCode, field: string, message: string): PromisesDomainError {
  return { code, field, message };
}
