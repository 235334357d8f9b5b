import Holidays from 'date-holidays';

import { easterSunday } from './easter';
import { COLOMBIAN_HOLIDAY_DEFINITIONS } from './holiday-definitions';
import { HolidayCalendar, InvalidHolidayOverrideError, observedDateOf } from './holidays';

// Official calendars as published for each year (Ley 51 de 1983; Ley 2578 de 2026 from 2026).
const OFFICIAL_2024 = [
  '2024-01-01', '2024-01-08', '2024-03-25', '2024-03-28', '2024-03-29', '2024-05-01',
  '2024-05-13', '2024-06-03', '2024-06-10', '2024-07-01', '2024-07-20', '2024-08-07',
  '2024-08-19', '2024-10-14', '2024-11-04', '2024-11-11', '2024-12-08', '2024-12-25',
];
const OFFICIAL_2025 = [
  '2025-01-01', '2025-01-06', '2025-03-24', '2025-04-17', '2025-04-18', '2025-05-01',
  '2025-06-02', '2025-06-23', '2025-06-30', '2025-07-20', '2025-08-07', '2025-08-18',
  '2025-10-13', '2025-11-03', '2025-11-17', '2025-12-08', '2025-12-25',
];
const OFFICIAL_2026 = [
  '2026-01-01', '2026-01-12', '2026-03-23', '2026-04-02', '2026-04-03', '2026-05-01',
  '2026-05-18', '2026-06-08', '2026-06-15', '2026-06-29', '2026-07-13', '2026-07-20',
  '2026-08-07', '2026-08-17', '2026-10-12', '2026-11-02', '2026-11-16', '2026-12-08',
  '2026-12-25',
];

function datesOf(calendar: HolidayCalendar, year: number): string[] {
  return calendar.holidaysOf(year).map((holiday) => holiday.date);
}

describe('easterSunday', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
    [2000, '2000-04-23'],
  ])('falls in %i on %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });

  it('rejects years before the Gregorian calendar', () => {
    expect(() => easterSunday(1500)).toThrow(RangeError);
  });
});

describe('HolidayCalendar against official calendars', () => {
  const calendar = new HolidayCalendar();

  it.each([
    [2024, OFFICIAL_2024],
    [2025, OFFICIAL_2025],
    [2026, OFFICIAL_2026],
  ])('lists the official dates of %i', (year, official) => {
    expect(datesOf(calendar, year)).toEqual(official);
  });

  it('counts 18 holidays on 17 dates in 2025, because two share 30 June', () => {
    const holidays = calendar.holidaysOf(2025);
    const names = holidays.flatMap((holiday) => holiday.names);

    expect(names).toHaveLength(18);
    expect(holidays).toHaveLength(17);
    expect(calendar.holidayNamesOf('2025-06-30')).toEqual(['Sagrado Corazón de Jesús', 'San Pedro y San Pablo']);
  });

  it('counts 19 holidays in 2026, with Chiquinquirá on Monday 13 July', () => {
    expect(calendar.holidaysOf(2026)).toHaveLength(19);
    expect(calendar.holidayNamesOf('2026-07-13')).toEqual(['Nuestra Señora del Rosario de Chiquinquirá']);
  });

  it('has no 9 July holiday before 2026', () => {
    expect(calendar.isHoliday('2025-07-14')).toBe(false);
    expect(calendar.holidaysOf(2025).flatMap((holiday) => holiday.names)).not.toContain('Nuestra Señora del Rosario de Chiquinquirá');
  });

  it.each([
    ['2024-03-28', 'Jueves Santo'],
    ['2024-03-29', 'Viernes Santo'],
    ['2025-04-17', 'Jueves Santo'],
    ['2025-04-18', 'Viernes Santo'],
  ])('places Holy Week %s (%s) from Easter in March and April', (date, name) => {
    expect(calendar.holidayNamesOf(date)).toEqual([name]);
  });

  it.each(['2024-03-31', '2025-04-20', '2026-04-05'])('does not count Easter Sunday %s', (date) => {
    expect(calendar.isHoliday(date)).toBe(false);
  });

  it.each([
    ['2024-05-13', 'Ascensión del Señor'],
    ['2024-06-03', 'Corpus Christi'],
    ['2024-06-10', 'Sagrado Corazón de Jesús'],
    ['2025-06-02', 'Ascensión del Señor'],
    ['2025-06-23', 'Corpus Christi'],
  ])('moves the Easter-based %s (%s) to a Monday', (date, name) => {
    expect(calendar.holidayNamesOf(date)).toEqual([name]);
  });

  it('keeps a movable holiday that already falls on a Monday', () => {
    expect(calendar.holidayNamesOf('2025-01-06')).toEqual(['Día de los Reyes Magos']);
    expect(calendar.holidayNamesOf('2026-10-12')).toEqual(['Día de la Raza']);
  });

  it('does not move a fixed holiday that falls on a weekend', () => {
    expect(calendar.isHoliday('2025-07-20')).toBe(true);
    expect(calendar.isHoliday('2025-07-21')).toBe(false);
  });
});

describe('HolidayCalendar against date-holidays 3.37', () => {
  const calendar = new HolidayCalendar();
  const reference = new Holidays('CO');
  const years = Array.from({ length: 11 }, (_, index) => 2020 + index);

  // date-holidays also lists Easter Sunday (rule "easter") as public and Palm Sunday as an
  // observance; neither is a Colombian public holiday.
  function referenceDatesOf(year: number): string[] {
    const dates = reference
      .getHolidays(year)
      .filter((holiday) => holiday.type === 'public' && holiday.rule !== 'easter')
      .map((holiday) => holiday.date.slice(0, 10));

    return [...new Set(dates)].sort();
  }

  it.each(years)('agrees on the dates of %i', (year) => {
    expect(datesOf(calendar, year)).toEqual(referenceDatesOf(year));
  });

  it.each(years)('agrees on the number of holidays of %i', (year) => {
    const referenceCount = reference
      .getHolidays(year)
      .filter((holiday) => holiday.type === 'public' && holiday.rule !== 'easter').length;
    const count = calendar.holidaysOf(year).flatMap((holiday) => holiday.names).length;

    expect(count).toBe(referenceCount);
  });

  it('dates the 9 July holiday from 2026 on, as date-holidays does', () => {
    const julyNinth = (year: number) =>
      reference.getHolidays(year).filter((holiday) => holiday.rule.includes('07-09')).map((holiday) => holiday.date.slice(0, 10));

    expect(julyNinth(2025)).toEqual([]);
    expect(julyNinth(2026)).toEqual(['2026-07-13']);
    expect(julyNinth(2029)).toEqual(['2029-07-09']);
    expect(calendar.isHoliday('2029-07-09')).toBe(true);
  });
});

describe('holiday definitions', () => {
  it('carries a legal source and a first year on every definition', () => {
    for (const definition of COLOMBIAN_HOLIDAY_DEFINITIONS) {
      expect(definition.legalSource).toMatch(/^Ley \d+ de \d{4}/);
      expect(definition.firstYear).toBeGreaterThanOrEqual(1984);
    }
  });

  it('returns no date for a year outside a definition', () => {
    const chiquinquira = COLOMBIAN_HOLIDAY_DEFINITIONS.find((definition) => definition.id === 'our_lady_of_chiquinquira');

    expect(chiquinquira).toBeDefined();
    expect(observedDateOf(chiquinquira!, 2025)).toBeNull();
    expect(observedDateOf(chiquinquira!, 2026)).toBe('2026-07-13');
  });

  it('honours a last year of validity', () => {
    const retired = { ...COLOMBIAN_HOLIDAY_DEFINITIONS[0], lastYear: 2030 };

    expect(observedDateOf(retired, 2030)).toBe('2030-01-01');
    expect(observedDateOf(retired, 2031)).toBeNull();
  });

  it('rejects years the definitions do not cover', () => {
    expect(() => new HolidayCalendar().holidaysOf(1983)).toThrow(RangeError);
  });
});

describe('HolidayCalendar overrides', () => {
  it('adds a date with its name', () => {
    const calendar = new HolidayCalendar([{ action: 'add', date: '2026-03-10', name: 'Día cívico' }]);

    expect(calendar.isHoliday('2026-03-10')).toBe(true);
    expect(calendar.holidayNamesOf('2026-03-10')).toEqual(['Día cívico']);
    expect(calendar.holidaysOf(2026)).toHaveLength(20);
  });

  it('adds a name to a date that already is a holiday', () => {
    const calendar = new HolidayCalendar([{ action: 'add', date: '2026-01-01', name: 'Día cívico' }]);

    expect(calendar.holidayNamesOf('2026-01-01')).toEqual(['Año Nuevo', 'Día cívico']);
  });

  it('removes a date with every holiday on it', () => {
    const calendar = new HolidayCalendar([{ action: 'remove', date: '2025-06-30' }]);

    expect(calendar.isHoliday('2025-06-30')).toBe(false);
    expect(calendar.holidaysOf(2025)).toHaveLength(16);
  });

  it('applies overrides in order, so the later one wins', () => {
    const removedThenAdded = new HolidayCalendar([
      { action: 'remove', date: '2026-01-12' },
      { action: 'add', date: '2026-01-12', name: 'Reyes Magos (restablecido)' },
    ]);
    const addedThenRemoved = new HolidayCalendar([
      { action: 'add', date: '2026-03-10', name: 'Día cívico' },
      { action: 'remove', date: '2026-03-10' },
    ]);

    expect(removedThenAdded.holidayNamesOf('2026-01-12')).toEqual(['Reyes Magos (restablecido)']);
    expect(addedThenRemoved.isHoliday('2026-03-10')).toBe(false);
  });

  it('leaves other years untouched', () => {
    const calendar = new HolidayCalendar([{ action: 'remove', date: '2025-01-01' }]);

    expect(calendar.isHoliday('2026-01-01')).toBe(true);
  });

  it.each([
    [{ action: 'add' as const, date: '2026-02-30', name: 'Día cívico' }],
    [{ action: 'add' as const, date: '2026-03-10', name: '  ' }],
    [{ action: 'remove' as const, date: '10/03/2026' }],
  ])('rejects an invalid override %j', (override) => {
    expect(() => new HolidayCalendar([override])).toThrow(InvalidHolidayOverrideError);
  });
});

describe('HolidayCalendar business days', () => {
  const calendar = new HolidayCalendar();

  it.each([
    ['2026-07-10', true],
    ['2026-07-11', false],
    ['2026-07-12', false],
    ['2026-07-13', false],
    ['2026-07-14', true],
  ])('%s is a business day: %s', (date, expected) => {
    expect(calendar.isBusinessDay(date)).toBe(expected);
  });

  it.each([
    ['2026-07-10', '2026-07-14'],
    ['2026-04-01', '2026-04-06'],
    ['2025-06-27', '2025-07-01'],
    ['2026-12-24', '2026-12-28'],
  ])('the business day after %s is %s', (date, expected) => {
    expect(calendar.nextBusinessDay(date)).toBe(expected);
  });

  it.each([
    ['2026-07-10', 0, '2026-07-10'],
    ['2026-07-11', 0, '2026-07-11'],
    ['2026-07-08', 3, '2026-07-14'],
    // Ten business days from Thursday 26 March 2026 skip Holy Thursday and Good Friday.
    ['2026-03-26', 10, '2026-04-13'],
    ['2026-07-14', -1, '2026-07-10'],
    ['2026-04-06', -2, '2026-03-31'],
  ])('adds to %s %i business days giving %s', (date, days, expected) => {
    expect(calendar.addBusinessDays(date, days)).toBe(expected);
  });

  it('rejects a fractional number of business days', () => {
    expect(() => calendar.addBusinessDays('2026-07-10', 1.5)).toThrow(RangeError);
  });
});
