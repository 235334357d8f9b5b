import { daysBetween, endOfBogotaDate, startOfBogotaDate } from '@bitacora/domain';
import { DomainError } from '@bitacora/http';

/** Maximum number of days one report covers. */
export const MAX_KPI_PERIOD_DAYS = 366;

/** The instants a period of Bogota business dates covers: `start` included, `end` excluded. */
export interface KpiPeriod {
  start: Date;
  end: Date;
}

/**
 * Turns `from`..`to` (Bogota dates, both included) into instants, or rejects a reversed period or
 * one longer than MAX_KPI_PERIOD_DAYS, naming the field to fix. The dates are already well formed.
 */
export function kpiPeriodOf(from: string, to: string): KpiPeriod {
  const days = daysBetween(from, to);
  if (days < 0) {
    throw new DomainError('request.invalid', 400, {}, [{ field: 'to', code: 'field.date_range' }]);
  }
  if (days >= MAX_KPI_PERIOD_DAYS) {
    throw new DomainError('request.invalid', 400, {}, [{ field: 'to', code: 'field.period_too_long', params: { maxDays: MAX_KPI_PERIOD_DAYS } }]);
  }

  return { start: startOfBogotaDate(from), end: endOfBogotaDate(to) };
}
