import { RequestValidationError } from '@bitacora/http';
import { decodeTimelineCursor, encodeTimelineCursor } from './timeline-cursor';

describe('timeline cursor', () => {
  it('round-trips a position', () => {
    const position = { occurredAt: '2026-03-10T15:00:00.000Z', kind: 'payment' as const, id: 'PAY-1' };

    expect(decodeTimelineCursor(encodeTimelineCursor(position))).toEqual(position);
  });

  it.each([
    ['not base64url', 'a+b/c='],
    ['not JSON', Buffer.from('nope').toString('base64url')],
    ['an array', Buffer.from('[1]').toString('base64url')],
    ['an unknown version', Buffer.from(JSON.stringify({ v: 2, t: '2026-03-10T15:00:00.000Z', k: 'payment', i: 'x' })).toString('base64url')],
    ['an unknown kind', Buffer.from(JSON.stringify({ v: 1, t: '2026-03-10T15:00:00.000Z', k: 'note', i: 'x' })).toString('base64url')],
    ['a time that is not normalized', Buffer.from(JSON.stringify({ v: 1, t: '2026-03-10T10:00:00-05:00', k: 'payment', i: 'x' })).toString('base64url')],
    ['an empty id', Buffer.from(JSON.stringify({ v: 1, t: '2026-03-10T15:00:00.000Z', k: 'payment', i: '' })).toString('base64url')],
    ['too long', 'a'.repeat(700)],
  ])('rejects a cursor that is %s, naming the cursor field', (_case, cursor) => {
    let error: unknown;
    try {
      decodeTimelineCursor(cursor);
    } catch (caught) {
      error = caught;
    }

    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).fields).toEqual([{ field: 'cursor', code: 'field.cursor' }]);
  });
});
