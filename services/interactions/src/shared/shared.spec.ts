import { formatWithOffset } from '../queries/interaction-view';
import { decodeCursor, encodeCursor, pageOf } from './cursor';
import { utcOffsetMinutesOf } from './validators';

describe('cursor', () => {
  it('round-trips a sort key', () => {
    const key = ['2026-03-10T15:30:00.000Z', '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a11'];

    expect(decodeCursor(encodeCursor(key), 2)).toEqual(key);
  });

  it.each([
    ['not base64 JSON', 'not-a-cursor'],
    ['the wrong size', encodeCursor(['a'])],
    ['numbers', Buffer.from(JSON.stringify([1, 2])).toString('base64url')],
  ])('rejects %s on the cursor field', (_case, cursor) => {
    expect(() => decodeCursor(cursor, 2)).toThrow(expect.objectContaining({ status: 400, fields: [expect.objectContaining({ field: 'cursor' })] }));
  });

  it('gives a next cursor only with more rows', () => {
    const full = pageOf([1, 2, 3], 2, (row) => row * 10, (row) => [String(row)]);
    const last = pageOf([1, 2], 2, (row) => row * 10, (row) => [String(row)]);

    expect(full).toEqual({ items: [10, 20], nextCursor: encodeCursor(['2']) });
    expect(last).toEqual({ items: [10, 20], nextCursor: null });
  });
});

describe('time zone offsets', () => {
  it.each([
    ['2026-03-10T10:30:00-05:00', -300],
    ['2026-03-10T15:30:00Z', 0],
    ['2026-03-10T21:00:00+05:30', 330],
  ])('reads the offset of %s', (instant, minutes) => {
    expect(utcOffsetMinutesOf(instant)).toBe(minutes);
  });

  it.each([
    ['2026-03-10T15:30:00.000Z', -300, '2026-03-10T10:30:00.000-05:00'],
    ['2026-03-10T15:30:00.000Z', 0, '2026-03-10T15:30:00.000Z'],
    ['2026-03-10T15:30:00.000Z', 330, '2026-03-10T21:00:00.000+05:30'],
  ])('writes %s at offset %d', (instant, minutes, expected) => {
    expect(formatWithOffset(new Date(instant), minutes)).toBe(expected);
  });
});

