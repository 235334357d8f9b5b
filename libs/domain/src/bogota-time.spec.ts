import {
  addDays,
  bogotaDateOf,
  bogotaInstant,
  bogotaWallTimeOf,
  daysBetween,
  endOfBogotaDate,
  InvalidDateTimeError,
  isoWeekdayOf,
  isValidBusinessDate,
  parseLocalTime,
  startOfBogotaDate,
  startOfIsoWeek,
} from './bogota-time';

describe('bogotaDateOf', () => {
  it.each([
    ['2026-03-10T05:00:00.000Z', '2026-03-10'],
    ['2026-03-10T04:59:59.999Z', '2026-03-09'],
    ['2026-03-10T00:00:00.000Z', '2026-03-09'],
    ['2026-03-10T03:00:00.000Z', '2026-03-09'],
    ['2026-01-01T04:59:59.999Z', '2025-12-31'],
    ['2026-01-01T05:00:00.000Z', '2026-01-01'],
    ['2024-03-01T02:00:00.000Z', '2024-02-29'],
  ])('maps %s to Bogota date %s', (instant, expected) => {
    expect(bogotaDateOf(new Date(instant))).toBe(expected);
  });

  it('rejects an invalid Date', () => {
    expect(() => bogotaDateOf(new Date('not a date'))).toThrow(InvalidDateTimeError);
  });
});

describe('bogotaWallTimeOf', () => {
  it.each([
    // 03:00 UTC on a Tuesday is still Monday 22:00 in Bogota.
    ['2026-03-10T03:00:00.000Z', { date: '2026-03-09', weekday: 1, hour: 22, minute: 0, minuteOfDay: 1320 }],
    ['2026-03-10T12:00:00.000Z', { date: '2026-03-10', weekday: 2, hour: 7, minute: 0, minuteOfDay: 420 }],
    ['2026-03-09T04:59:00.000Z', { date: '2026-03-08', weekday: 7, hour: 23, minute: 59, minuteOfDay: 1439 }],
    ['2026-03-14T20:00:00.000Z', { date: '2026-03-14', weekday: 6, hour: 15, minute: 0, minuteOfDay: 900 }],
  ])('reads %s as %j', (instant, expected) => {
    expect(bogotaWallTimeOf(new Date(instant))).toEqual(expected);
  });
});

describe('bogotaInstant', () => {
  it.each([
    ['2026-03-09', '00:00', '2026-03-09T05:00:00.000Z'],
    ['2026-03-09', '07:00', '2026-03-09T12:00:00.000Z'],
    ['2026-03-09', '19:00', '2026-03-10T00:00:00.000Z'],
    ['2026-03-09', '22:30', '2026-03-10T03:30:00.000Z'],
    ['2026-03-09', '24:00', '2026-03-10T05:00:00.000Z'],
    ['2025-12-31', '23:59', '2026-01-01T04:59:00.000Z'],
  ])('converts %s %s Bogota to %s', (date, time, expected) => {
    expect(bogotaInstant(date, time).toISOString()).toBe(expected);
  });

  it('defaults to Bogota midnight', () => {
    expect(bogotaInstant('2026-07-13').toISOString()).toBe('2026-07-13T05:00:00.000Z');
  });

  it('round-trips with bogotaWallTimeOf', () => {
    const wall = bogotaWallTimeOf(bogotaInstant('2026-02-28', '18:59'));

    expect(wall.date).toBe('2026-02-28');
    expect(wall.hour).toBe(18);
    expect(wall.minute).toBe(59);
  });
});

describe('start and end of a Bogota date', () => {
  it('starts at 05:00 UTC', () => {
    expect(startOfBogotaDate('2026-03-09').toISOString()).toBe('2026-03-09T05:00:00.000Z');
  });

  it('ends, exclusively, at the next Bogota midnight', () => {
    const end = endOfBogotaDate('2026-03-09');

    expect(end.toISOString()).toBe('2026-03-10T05:00:00.000Z');
    expect(bogotaDateOf(end)).toBe('2026-03-10');
    expect(bogotaDateOf(new Date(end.getTime() - 1))).toBe('2026-03-09');
  });
});

describe('addDays', () => {
  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-03-09', 0, '2026-03-09'],
    ['2026-03-09', 365, '2027-03-09'],
  ])('adds to %s %i days giving %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('rejects a fractional number of days', () => {
    expect(() => addDays('2026-03-09', 0.5)).toThrow(RangeError);
  });
});

describe('weekdays and weeks', () => {
  it.each([
    ['2026-03-09', 1],
    ['2026-03-13', 5],
    ['2026-03-14', 6],
    ['2026-03-15', 7],
    ['2024-02-29', 4],
  ])('%s is ISO weekday %i', (date, weekday) => {
    expect(isoWeekdayOf(date)).toBe(weekday);
  });

  it.each([
    ['2026-03-09', '2026-03-09'],
    ['2026-03-15', '2026-03-09'],
    ['2026-03-16', '2026-03-16'],
    ['2026-01-01', '2025-12-29'],
  ])('the week of %s starts on %s', (date, monday) => {
    expect(startOfIsoWeek(date)).toBe(monday);
  });

  it('counts days between dates', () => {
    expect(daysBetween('2026-03-09', '2026-03-16')).toBe(7);
    expect(daysBetween('2026-03-16', '2026-03-09')).toBe(-7);
  });
});

describe('input validation', () => {
  it.each(['2026-02-29', '2026-13-01', '2026-00-10', '2026-1-01', '26-01-01', '2026-01-01T00:00', '', '0000-01-01'])(
    'rejects business date "%s"',
    (value) => {
      expect(isValidBusinessDate(value)).toBe(false);
      expect(() => addDays(value, 1)).toThrow(InvalidDateTimeError);
    },
  );

  it.each(['2024-02-29', '0001-01-01', '9999-12-31'])('accepts business date %s', (value) => {
    expect(isValidBusinessDate(value)).toBe(true);
  });

  it.each([
    ['00:00', 0],
    ['07:00', 420],
    ['18:59', 1139],
    ['24:00', 1440],
  ])('parses local time %s as minute %i', (value, minutes) => {
    expect(parseLocalTime(value)).toBe(minutes);
  });

  it.each(['24:01', '25:00', '7:00', '07:60', '07-00', ''])('rejects local time "%s"', (value) => {
    expect(() => parseLocalTime(value)).toThrow(InvalidDateTimeError);
  });
});
