import { formatWithOffset } from '../queries/interaction-view';
import { decodeCursor, decodeTimeCursor, encodeCursor, pageOf } from './cursor';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { IsInstant, utcOffsetMinutesOf } from './validators';

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

  it.each([
    ['an impossible date', ['2026-13-45T10:00:00.000Z', '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a11']],
    ['30 February', ['2026-02-30T10:00:00.000Z', '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a11']],
    ['an id that is not a UUID', ['2026-03-10T15:30:00.000Z', 'zz']],
  ])('rejects a time cursor with %s', (_case, key) => {
    expect(() => decodeTimeCursor(encodeCursor(key))).toThrow(expect.objectContaining({ status: 400, fields: [expect.objectContaining({ field: 'cursor' })] }));
  });

  it.each([
    ['an ISO instant', ['2026-03-10T15:30:00.000Z', '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a11'], undefined],
    ['PostgreSQL text', ['2026-03-16 14:00:00+00', 'CRED-0042'], /^[A-Z0-9-]+$/],
    ['minus infinity', ['-infinity', 'CRED-0042'], /^[A-Z0-9-]+$/],
  ])('round-trips a time cursor written as %s', (_case, key, idPattern) => {
    expect(decodeTimeCursor(encodeCursor(key as string[]), idPattern)).toEqual(key);
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


describe('IsInstant', () => {
  class Stamped {
    @IsInstant()
    at!: string;
  }

  it.each(['2026-02-30T10:00:00-05:00', '2026-03-10T24:00:00Z', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59-14:00', '2026-03-10T10:00:00+25:00'])('rejects %s', async (at) => {
    expect(await validate(plainToInstance(Stamped, { at }))).toHaveLength(1);
  });

  it.each(['2026-03-10T10:30:00-05:00', '2024-02-29T23:59:59.999Z', '2026-03-10T10:30:00+14:00'])('accepts %s', async (at) => {
    expect(await validate(plainToInstance(Stamped, { at }))).toEqual([]);
  });
});
