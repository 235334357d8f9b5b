/**
 * Business dates in America/Bogota. Colombia has kept UTC−5 all year without daylight saving
 * since 1993, so a fixed offset converts instants to Bogota dates exactly.
 */

/** A calendar date in America/Bogota, written 'YYYY-MM-DD'. */
export type BusinessDate = string;

const BOGOTA_OFFSET_MS = 5 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const BUSINESS_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Checks that a string is a real calendar date in 'YYYY-MM-DD' form (rejects '2026-02-30'). */
export function isValidBusinessDate(value: string): boolean {
  if (!BUSINESS_DATE_PATTERN.test(value)) {
    return false;
  }

  const parsed = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** Returns the Bogota date on which an instant falls. */
export function toBogotaDate(instant: Date): BusinessDate {
  return new Date(instant.getTime() - BOGOTA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Returns the first instant of the day after `date` in Bogota, that is the exclusive end of `date`. */
export function endOfBogotaDate(date: BusinessDate): Date {
  return new Date(utcMidnightOf(date) + DAY_MS + BOGOTA_OFFSET_MS);
}

/** Returns `date` moved by `days` calendar days (negative moves back). */
export function addCalendarDays(date: BusinessDate, days: number): BusinessDate {
  return new Date(utcMidnightOf(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Tells whether the last day `deadlineDate` has ended at `instant`. An instant at 23:59 Bogota
 * time on the deadline date is still in time, even though UTC already shows the next day.
 */
export function hasDeadlinePassed(deadlineDate: BusinessDate, instant: Date): boolean {
  return toBogotaDate(instant) > deadlineDate;
}

function utcMidnightOf(date: BusinessDate): number {
  if (!isValidBusinessDate(date)) {
    throw new RangeError(`Invalid business date "${date}": expected a real date in YYYY-MM-DD form.`);
  }

  return Date.parse(`${date}T00:00:00.000Z`);
}
