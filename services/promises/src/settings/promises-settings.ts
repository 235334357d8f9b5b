import { ConfigError } from '@bitacora/config';
import { HolidayCalendar } from '@bitacora/domain';
import { validatePromisesSettings, type BusinessCalendar, type PromisesSettings } from '../domain';
import type { PromisesConfig } from '../config';

/** Builds the domain's settings from the validated environment; rejects values the domain cannot use. */
export function promisesSettingsFrom(config: PromisesConfig): PromisesSettings {
  const settings: PromisesSettings = {
    defaultCurrency: config.DEFAULT_CURRENCY,
    promiseKeptThresholdBasisPoints: config.PROMISE_KEPT_THRESHOLD_BASIS_POINTS,
    installmentKeptThresholdBasisPoints: config.INSTALLMENT_KEPT_THRESHOLD_BASIS_POINTS,
    graceDayCounting: config.GRACE_DAY_COUNTING,
    defaultGraceDays: config.DEFAULT_GRACE_DAYS,
    maxGraceDays: config.MAX_GRACE_DAYS,
    dueDateHorizonDays: config.DUE_DATE_HORIZON_DAYS,
    supersedePendingPromises: config.SUPERSEDE_PENDING_PROMISES,
    allocateLatePayments: config.ALLOCATE_LATE_PAYMENTS,
    defaultAfterMissedInstallments: config.PLAN_DEFAULT_AFTER_MISSED_INSTALLMENTS,
    defaultCreditType: config.DEFAULT_CREDIT_TYPE,
    usuryCaps: config.USURY_CAPS,
  };

  const problems = validatePromisesSettings(settings);
  if (problems.length > 0) {
    throw new ConfigError(problems.map((problem) => problem.message));
  }
  return settings;
}

/** Colombian business days: Monday to Friday except public holidays, corrected by HOLIDAY_OVERRIDES. */
export function businessCalendarFrom(config: PromisesConfig): BusinessCalendar {
  return new HolidayCalendar(config.HOLIDAY_OVERRIDES);
}
