import { isValidBusinessDate, type BusinessDate } from '@bitacora/domain';
import type { GraceDayCounting } from './deadline';
import { domainError, type PromisesDomainError } from './errors';
import { BASIS_POINTS_PER_WHOLE, isCurrencyCode } from './money';

/**
 * Maximum interest rate for one credit type during one certification period, as an effective
 * annual rate (E.A.) in basis points: 2 550 bp = 25.50 % E.A. Colombian law caps interest at
 * one and a half times the current banking rate (interés bancario corriente) that the
 * Superintendencia Financiera certifies for the credit type and period (Código de Comercio,
 * art. 884, as amended by Ley 510 de 1999, art. 111).
 */
export interface UsuryCap {
  readonly creditType: string;
  readonly validFrom: BusinessDate;
  readonly validTo: BusinessDate;
  readonly maxAnnualEffectiveRateBasisPoints: number;
}

/** Rules that decide how promises and payment plans are created, matched and judged. */
export interface PromisesSettings {
  /** Currency of a promise or plan whose command names none. */
  readonly defaultCurrency: string;
  /** Share of a promise's amount, in basis points, that paid in time makes it KEPT. */
  readonly promiseKeptThresholdBasisPoints: number;
  /** Share of an installment's amount, in basis points, that paid in time makes it KEPT. */
  readonly installmentKeptThresholdBasisPoints: number;
  /** Unit in which the grace days after a due date are counted. */
  readonly graceDayCounting: GraceDayCounting;
  /** Grace days of a promise or plan whose command names none. */
  readonly defaultGraceDays: number;
  /** Maximum grace days a promise or plan may be given. */
  readonly maxGraceDays: number;
  /** Maximum number of calendar days between today (Bogota) and any due date. */
  readonly dueDateHorizonDays: number;
  /** When true, a new promise replaces every PENDING promise of the same account (SUPERSEDED). */
  readonly supersedePendingPromises: boolean;
  /**
   * When true, payments also go to BROKEN promises and MISSED installments, recorded as paid
   * late. When false, only PENDING targets receive payments.
   */
  readonly allocateLatePayments: boolean;
  /** Number of MISSED installments that turns a payment plan DEFAULTED. */
  readonly defaultAfterMissedInstallments: number;
  /** Credit type whose usury cap applies when a plan command names none. */
  readonly defaultCreditType: string;
  /** Certified usury caps, one entry per credit type and period. */
  readonly usuryCaps: readonly UsuryCap[];
}

/**
 * Defaults that an administrator is expected to review. Usury caps change every period, so the
 * default list is empty and a plan with interest is rejected until the caps are configured.
 */
export const DEFAULT_PROMISES_SETTINGS: PromisesSettings = {
  defaultCurrency: 'COP',
  promiseKeptThresholdBasisPoints: BASIS_POINTS_PER_WHOLE,
  installmentKeptThresholdBasisPoints: BASIS_POINTS_PER_WHOLE,
  graceDayCounting: 'BUSINESS_DAYS',
  defaultGraceDays: 0,
  maxGraceDays: 30,
  dueDateHorizonDays: 365,
  supersedePendingPromises: false,
  allocateLatePayments: false,
  defaultAfterMissedInstallments: 2,
  defaultCreditType: 'CONSUMER_AND_ORDINARY',
  usuryCaps: [],
};

/** Checks settings for values that would make every decision wrong; returns one error per field. */
export function validatePromisesSettings(settings: PromisesSettings): PromisesDomainError[] {
  const errors: PromisesDomainError[] = [];

  if (!isCurrencyCode(settings.defaultCurrency)) {
    errors.push(invalid('defaultCurrency', 'an ISO 4217 code such as COP', settings.defaultCurrency));
  }
  for (const field of ['promiseKeptThresholdBasisPoints', 'installmentKeptThresholdBasisPoints'] as const) {
    if (!isIntegerBetween(settings[field], 1, BASIS_POINTS_PER_WHOLE)) {
      errors.push(invalid(field, `an integer from 1 to ${BASIS_POINTS_PER_WHOLE}`, settings[field]));
    }
  }
  if (!isIntegerBetween(settings.maxGraceDays, 0, Number.MAX_SAFE_INTEGER)) {
    errors.push(invalid('maxGraceDays', 'a non-negative integer', settings.maxGraceDays));
  }
  if (!isIntegerBetween(settings.defaultGraceDays, 0, settings.maxGraceDays)) {
    errors.push(invalid('defaultGraceDays', `an integer from 0 to maxGraceDays`, settings.defaultGraceDays));
  }
  if (!isIntegerBetween(settings.dueDateHorizonDays, 0, Number.MAX_SAFE_INTEGER)) {
    errors.push(invalid('dueDateHorizonDays', 'a non-negative integer', settings.dueDateHorizonDays));
  }
  if (!isIntegerBetween(settings.defaultAfterMissedInstallments, 1, Number.MAX_SAFE_INTEGER)) {
    errors.push(invalid('defaultAfterMissedInstallments', 'a positive integer', settings.defaultAfterMissedInstallments));
  }
  settings.usuryCaps.forEach((cap, index) => errors.push(...validateUsuryCap(cap, `usuryCaps[${index}]`)));

  return errors;
}

function validateUsuryCap(cap: UsuryCap, field: string): PromisesDomainError[] {
  if (!isValidBusinessDate(cap.validFrom) || !isValidBusinessDate(cap.validTo) || cap.validFrom > cap.validTo) {
    return [invalid(field, 'validFrom and validTo as YYYY-MM-DD dates, validFrom not after validTo', `${cap.validFrom}..${cap.validTo}`)];
  }
  if (!isIntegerBetween(cap.maxAnnualEffectiveRateBasisPoints, 0, Number.MAX_SAFE_INTEGER)) {
    return [invalid(`${field}.maxAnnualEffectiveRateBasisPoints`, 'a non-negative integer', cap.maxAnnualEffectiveRateBasisPoints)];
  }

  return [];
}

function isIntegerBetween(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

function invalid(field: string, expected: string, actual: string | number): PromisesDomainError {
  return domainError('INVALID_SETTING', field, `Setting ${field} is ${String(actual)}; expected ${expected}.`);
}
