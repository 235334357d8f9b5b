import {
  addDays,
  assertBusinessDate,
  BusinessDate,
  isoWeekdayOf,
  isValidBusinessDate,
} from './bogota-time';
import { DomainError } from './domain-error';
import { easterSunday } from './easter';
import { COLOMBIAN_HOLIDAY_DEFINITIONS, HolidayDefinition } from './holiday-definitions';

/** One holiday date. Two holidays may share a date (2025-06-30), so a date carries every name. */
export interface Holiday {
  readonly date: BusinessDate;
  readonly names: readonly string[];
}

/**
 * An administrator's correction to the computed calendar, for a change in the law that arrives
 * before a release. Overrides are applied in list order, so a later entry wins.
 */
export type HolidayOverride =
  | { readonly action: 'add'; readonly date: BusinessDate; readonly name: string }
  | { readonly action: 'remove'; readonly date: BusinessDate };

export class InvalidHolidayOverrideError extends DomainError {
  readonly code = 'INVALID_HOLIDAY_OVERRIDE';

  constructor(message: string) {
    super(message);
  }
}

const LAST_SUPPORTED_YEAR = 9998;
/** Maximum years of holidays a calendar keeps computed. A long-lived calendar recomputes the others when asked. */
const CACHED_YEARS = 64;

/**
 * Returns the date on which a definition's holiday is observed in `year`, or null when the
 * definition is not in force that year.
 */
export function observedDateOf(definition: HolidayDefinition, year: number): BusinessDate | null {
  const inForce = year >= definition.firstYear && (definition.lastYear === null || year <= definition.lastYear);
  if (!inForce) {
    return null;
  }

  const rule = definition.date;
  const date =
    rule.anchor === 'easter'
      ? addDays(easterSunday(year), rule.offsetDays)
      : `${year}-${String(rule.month).padStart(2, '0')}-${String(rule.day).padStart(2, '0')}`;

  return definition.movedToMonday ? mondayOnOrAfter(date) : date;
}

/**
 * Colombian public holidays computed by rule, corrected by an administrator's override list.
 * A business day is Monday to Friday when it is not a holiday.
 */
export class HolidayCalendar {
  private readonly firstSupportedYear: number;
  private readonly byYear = new Map<number, ReadonlyMap<BusinessDate, readonly string[]>>();

  constructor(
    private readonly overrides: readonly HolidayOverride[] = [],
    private readonly definitions: readonly HolidayDefinition[] = COLOMBIAN_HOLIDAY_DEFINITIONS,
  ) {
    overrides.forEach(validateOverride);
    this.firstSupportedYear = Math.min(...definitions.map((definition) => definition.firstYear));
  }

  /** Returns the holidays of `year` sorted by date, each date once with all its names. */
  holidaysOf(year: number): Holiday[] {
    const holidays = [...this.holidayMapOf(year)].map(([date, names]) => ({ date, names }));

    return holidays.sort((left, right) => left.date.localeCompare(right.date));
  }

  isHoliday(date: BusinessDate): boolean {
    return this.holidayNamesOf(date).length > 0;
  }

  /** Returns the names of the holidays on `date`, empty when it is not a holiday. */
  holidayNamesOf(date: BusinessDate): readonly string[] {
    assertBusinessDate(date);

    return this.holidayMapOf(Number(date.slice(0, 4))).get(date) ?? [];
  }

  /** Returns whether `date` is Monday to Friday and not a holiday. */
  isBusinessDay(date: BusinessDate): boolean {
    return isoWeekdayOf(date) <= 5 && !this.isHoliday(date);
  }

  /**
   * Moves `days` business days from `date`: forward when positive, back when negative, and
   * `date` itself when zero (even if it is not a business day).
   */
  addBusinessDays(date: BusinessDate, days: number): BusinessDate {
    if (!Number.isInteger(days)) {
      throw new RangeError(`addBusinessDays expects a whole number of days, got ${days}.`);
    }

    const step = days < 0 ? -1 : 1;
    let remaining = Math.abs(days);
    let current = date;
    while (remaining > 0) {
      current = addDays(current, step);
      if (this.isBusinessDay(current)) {
        remaining -= 1;
      }
    }

    return current;
  }

  /** Returns the first business day after `date`. */
  nextBusinessDay(date: BusinessDate): BusinessDate {
    return this.addBusinessDays(date, 1);
  }

  private holidayMapOf(year: number): ReadonlyMap<BusinessDate, readonly string[]> {
    const cached = this.byYear.get(year);
    if (cached !== undefined) {
      return cached;
    }

    const computed = this.computeYear(year);
    if (this.byYear.size >= CACHED_YEARS) {
      this.byYear.clear();
    }
    this.byYear.set(year, computed);

    return computed;
  }

  private computeYear(year: number): ReadonlyMap<BusinessDate, readonly string[]> {
    if (!Number.isInteger(year) || year < this.firstSupportedYear || year > LAST_SUPPORTED_YEAR) {
      throw new RangeError(
        `Holidays are computed for the years ${this.firstSupportedYear} to ${LAST_SUPPORTED_YEAR}, got ${year}.`,
      );
    }

    const names = new Map<BusinessDate, string[]>();
    for (const definition of this.definitions) {
      const date = observedDateOf(definition, year);
      if (date !== null) {
        names.set(date, [...(names.get(date) ?? []), definition.name]);
      }
    }

    const yearPrefix = `${String(year).padStart(4, '0')}-`;
    for (const override of this.overrides.filter((entry) => entry.date.startsWith(yearPrefix))) {
      if (override.action === 'remove') {
        names.delete(override.date);
        continue;
      }
      names.set(override.date, [...(names.get(override.date) ?? []), override.name]);
    }

    return names;
  }
}

function mondayOnOrAfter(date: BusinessDate): BusinessDate {
  const weekday = isoWeekdayOf(date);

  return weekday === 1 ? date : addDays(date, 8 - weekday);
}

function validateOverride(override: HolidayOverride, index: number): void {
  if (!isValidBusinessDate(override.date)) {
    throw new InvalidHolidayOverrideError(
      `Holiday override ${index} has an invalid date "${override.date}": expected YYYY-MM-DD.`,
    );
  }

  if (override.action === 'add' && override.name.trim() === '') {
    throw new InvalidHolidayOverrideError(`Holiday override ${index} adds ${override.date} without a name.`);
  }
}
