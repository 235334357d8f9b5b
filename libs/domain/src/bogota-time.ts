import { DomainError } from './domain-error';

/**
 * Bogota civil time. Colombia has kept UTC−5 all year, without daylight saving, since April 1993,
 * so conversions are a fixed offset and need no time-zone database. NOTE: instants between May
 * 1992 and April 1993, when Colombia kept UTC−4, are converted an hour off.
 */
export const BOGOTA_TIME_ZONE = 'America/Bogota';
export const BOGOTA_UTC_OFFSET_MINUTES = -300;

/** A calendar date in America/Bogota, written 'YYYY-MM-DD'. */
export type BusinessDate = string;

/** ISO 8601 weekday: 1 is Monday, 7 is Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** The reading of a Bogota wall clock at one instant. */
export interface BogotaWallTime {
  readonly date: BusinessDate;
  readonly weekday: IsoWeekday;
  readonly hour: number;
  readonly minute: number;
  /** Minutes since Bogota midnight, 0 to 1439. */
  readonly minuteOfDay: number;
}

export type InvalidDateTimeCode = 'INVALID_BUSINESS_DATE' | 'INVALID_LOCAL_TIME' | 'INVALID_INSTANT';

export class InvalidDateTimeError extends DomainError {
  constructor(
    readonly code: InvalidDateTimeCode,
    message: string,
  ) {
    super(message);
  }
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const OFFSET_MS = BOGOTA_UTC_OFFSET_MINUTES * MINUTE_MS;
const BUSINESS_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME_PATTERN = /^(\d{2}):(\d{2})$/;

// The policy engine converts the same few dates thousands of times per decision. These memos are
// bounded: once full they are emptied and refill with the dates in use.
const MEMO_LIMIT = 4096;
const dateMsByText = new Map<string, number>();
const textByUtcDay = new Map<number, BusinessDate>();

function remember<K, V>(memo: Map<K, V>, key: K, value: V): V {
  if (memo.size >= MEMO_LIMIT) {
    memo.clear();
  }
  memo.set(key, value);

  return value;
}

/** Returns whether `value` is a real calendar date written 'YYYY-MM-DD' (year 0001 to 9999). */
export function isValidBusinessDate(value: string): boolean {
  if (dateMsByText.has(value)) {
    return true;
  }
  const match = BUSINESS_DATE_PATTERN.exec(value);
  if (match === null) {
    return false;
  }

  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) {
    return false;
  }

  const ms = utcMidnightMs(year, month, day);
  if (formatUtcDate(ms) !== value) {
    return false;
  }
  remember(dateMsByText, value, ms);

  return true;
}

/** Throws InvalidDateTimeError unless `value` is a real calendar date written 'YYYY-MM-DD'. */
export function assertBusinessDate(value: string): void {
  if (!isValidBusinessDate(value)) {
    throw new InvalidDateTimeError(
      'INVALID_BUSINESS_DATE',
      `Invalid business date "${value}": expected a real calendar date written YYYY-MM-DD.`,
    );
  }
}

/**
 * Parses a local time 'HH:MM' into minutes since midnight. '24:00' is accepted as the end of
 * the day (1440), so that a window can run until midnight.
 */
export function parseLocalTime(value: string): number {
  const match = LOCAL_TIME_PATTERN.exec(value);
  const hour = match === null ? NaN : Number(match[1]);
  const minute = match === null ? NaN : Number(match[2]);
  const valid = hour <= 23 ? minute <= 59 : hour === 24 && minute === 0;
  if (!valid) {
    throw new InvalidDateTimeError(
      'INVALID_LOCAL_TIME',
      `Invalid local time "${value}": expected HH:MM between 00:00 and 24:00.`,
    );
  }

  return hour * 60 + minute;
}

/** Returns the Bogota calendar date of an instant. */
export function bogotaDateOf(instant: Date): BusinessDate {
  return formatUtcDate(bogotaShiftedMs(instant));
}

/** Returns the Bogota wall-clock date, weekday, hour and minute of an instant. */
export function bogotaWallTimeOf(instant: Date): BogotaWallTime {
  const shifted = new Date(bogotaShiftedMs(instant));
  const hour = shifted.getUTCHours();
  const minute = shifted.getUTCMinutes();

  return {
    date: formatUtcDate(shifted.getTime()),
    weekday: isoWeekdayOfUtcDay(shifted.getUTCDay()),
    hour,
    minute,
    minuteOfDay: hour * 60 + minute,
  };
}

/** Returns the instant at which Bogota clocks read `date` at `time` ('HH:MM', default midnight). */
export function bogotaInstant(date: BusinessDate, time = '00:00'): Date {
  const minuteOfDay = parseLocalTime(time);

  return new Date(bogotaMidnightMs(date) + minuteOfDay * MINUTE_MS);
}

/** Returns the instant of Bogota midnight that starts `date`. */
export function startOfBogotaDate(date: BusinessDate): Date {
  return new Date(bogotaMidnightMs(date));
}

/**
 * Returns the exclusive end of a Bogota date: midnight of the next day, which is the first
 * instant that no longer belongs to `date`. Compare with `instant < endOfBogotaDate(date)`.
 */
export function endOfBogotaDate(date: BusinessDate): Date {
  return new Date(bogotaMidnightMs(date) + DAY_MS);
}

/** Adds `days` calendar days (negative to go back) to a business date. */
export function addDays(date: BusinessDate, days: number): BusinessDate {
  if (!Number.isInteger(days)) {
    throw new RangeError(`addDays expects a whole number of days, got ${days}.`);
  }

  return formatUtcDate(parseBusinessDateMs(date) + days * DAY_MS);
}

/** Returns the ISO weekday of a business date (1 Monday … 7 Sunday). */
export function isoWeekdayOf(date: BusinessDate): IsoWeekday {
  return isoWeekdayOfUtcDay(new Date(parseBusinessDateMs(date)).getUTCDay());
}

/** Returns the Monday that starts the ISO week (Monday to Sunday) containing `date`. */
export function startOfIsoWeek(date: BusinessDate): BusinessDate {
  return addDays(date, 1 - isoWeekdayOf(date));
}

/** Returns the number of calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: BusinessDate, to: BusinessDate): number {
  return Math.round((parseBusinessDateMs(to) - parseBusinessDateMs(from)) / DAY_MS);
}

function bogotaShiftedMs(instant: Date): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) {
    throw new InvalidDateTimeError('INVALID_INSTANT', 'Invalid instant: the Date has a NaN time value. Pass a valid Date.');
  }

  return ms + OFFSET_MS;
}

function bogotaMidnightMs(date: BusinessDate): number {
  return parseBusinessDateMs(date) - OFFSET_MS;
}

function parseBusinessDateMs(date: BusinessDate): number {
  const known = dateMsByText.get(date);
  if (known !== undefined) {
    return known;
  }
  assertBusinessDate(date);

  return utcMidnightMs(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

// Date.UTC maps years 0–99 to 1900–1999, so the year is set through setUTCFullYear instead.
function utcMidnightMs(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);

  return date.getTime();
}

function formatUtcDate(ms: number): BusinessDate {
  const day = Math.floor(ms / DAY_MS);
  const known = textByUtcDay.get(day);
  if (known !== undefined) {
    return known;
  }
  const date = new Date(ms);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const dayOfMonth = String(date.getUTCDate()).padStart(2, '0');

  return remember(textByUtcDay, day, `${year}-${month}-${dayOfMonth}`);
}

function isoWeekdayOfUtcDay(utcDay: number): IsoWeekday {
  return (utcDay === 0 ? 7 : utcDay) as IsoWeekday;
}
