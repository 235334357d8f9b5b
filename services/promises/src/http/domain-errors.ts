import { DomainError as HttpError, type FieldProblem } from '@bitacora/http';
import { bogotaDateOf } from '@bitacora/domain';
import type { PromisesDomainError as DomainError, PromisesSettings } from '../domain';

const STATUS_BY_CODE: Partial<Record<DomainError['code'], number>> = {
  PROMISE_NOT_FOUND: 404,
  PLAN_NOT_FOUND: 404,
  PROMISE_NOT_PENDING: 409,
  PLAN_NOT_ACTIVE: 409,
  PROMISE_ID_CONFLICT: 409,
  PLAN_ID_CONFLICT: 409,
};

/** Domain field names that the API spells differently. */
const API_FIELDS: Record<string, string> = { interestRateBasisPoints: 'annualInterestRate' };

/**
 * Turns the domain's rejection of a command into the HTTP error returned to the caller. A missing
 * record or a state conflict becomes 404 or 409 about the record; broken rules become one 422
 * listing every field. `params` fill the messages' placeholders.
 */
export function httpErrorOf(errors: readonly DomainError[], params: Record<string, unknown>): HttpError {
  const stateError = errors.find((error) => STATUS_BY_CODE[error.code] !== undefined);
  if (stateError !== undefined) {
    return new HttpError(`promises.${stateError.code}`, STATUS_BY_CODE[stateError.code] ?? 409, params);
  }

  const fields: FieldProblem[] = errors.map((error) => ({ field: apiFieldOf(error.field), code: `promises.${error.code}`, params }));
  return new HttpError('promises.command_invalid', 422, params, fields);
}

function apiFieldOf(field: string): string {
  return API_FIELDS[field] ?? field.replace(/\.installmentId$/, '');
}

/** Values the rule messages quote: today in Bogota and the settings that bound a command. */
export function ruleMessageParams(settings: PromisesSettings, now: Date, extra: Record<string, unknown>): Record<string, unknown> {
  return {
    today: bogotaDateOf(now),
    horizonDays: settings.dueDateHorizonDays,
    maxGraceDays: settings.maxGraceDays,
    creditType: settings.defaultCreditType,
    ...extra,
  };
}

/** Result of an accepted API command. */
export interface CommandOutcome<View> {
  view: View;
  /** True when the same command had already been applied and nothing changed. */
  duplicate: boolean;
}
