import { addDays, bogotaDateOf, type BusinessDate } from '@bitacora/domain';

/**
 * Working-day calendar of Colombia (weekends and public holidays). The promises domain only reads
 * it, so any implementation with this shape can be injected.
 */
export interface BusinessCalendar {
  isBusinessDay(date: BusinessDate): boolean;
}

/** Unit in which the grace days after a due date are counted. */
export type GraceDayCounting = 'BUSINESS_DAYS' | 'CALENDAR_DAYS';

/** Maximum run of consecutive non-business days before the calendar is treated as misconfigured. */
const MAX_CONSECUTIVE_NON_BUSINESS_DAYS = 31;

/**
 * Computes the last Bogota date on which a payment still counts for a due date: the due date
 * plus `graceDays` calendar days, or plus `graceDays` business days counted after the due date.
 * With zero grace days the deadline is the due date itself, even when it is not a business day.
 *
 * Throws when the calendar reports no business day for more than a month, because every
 * deadline computed from such a calendar would be wrong.
 */
export function computeDeadlineDate(
  dueDate: BusinessDate,
  graceDays: number,
  counting: GraceDayCounting,
  calendar: BusinessCalendar,
): BusinessDate {
  if (counting === 'CALENDAR_DAYS') {
    return addDays(dueDate, graceDays);
  }

  let date = dueDate;
  let businessDaysCounted = 0;
  let nonBusinessRun = 0;
  while (businessDaysCounted < graceDays) {
    date = addDays(date, 1);
    if (calendar.isBusinessDay(date)) {
      businessDaysCounted += 1;
      nonBusinessRun = 0;
      continue;
    }

    nonBusinessRun += 1;
    if (nonBusinessRun > MAX_CONSECUTIVE_NON_BUSINESS_DAYS) {
      throw new Error(
        `Business calendar returned no business day from ${addDays(date, 1 - nonBusinessRun)} to ${date}; check its holiday list.`,
      );
    }
  }

  return date;
}

/**
 * Tells whether the deadline date has ended in Bogota at `instant`. A payment at 23:30 Bogota
 * time on the deadline date is in time even though UTC already shows the next day.
 */
export function hasDeadlinePassed(deadlineDate: BusinessDate, instant: Date): boolean {
  return bogotaDateOf(instant) > deadlineDate;
}
