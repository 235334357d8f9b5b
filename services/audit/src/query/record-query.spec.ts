import { DomainError } from '@bitacora/http';
import { recordConditions } from './find-records';
import { decodeCursor, encodeCursor } from './record-cursor';

describe('record cursor', () => {
  it('round-trips the sort key of a record', () => {
    const cursor = { recordedAt: '2026-03-02T14:00:00.123Z', chainId: 'collections.access.v1:2', sequence: 41 };

    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it.each([['not base64 JSON', 'zzz'], ['wrong shape', Buffer.from('{"a":1}').toString('base64url')], ['bad instant', Buffer.from('["nope","c:0",1]').toString('base64url')]])(
    'rejects %s on the cursor field',
    (_label, text) => {
      expect(() => decodeCursor(text)).toThrow(DomainError);
      expect(() => decodeCursor(text)).toThrow(expect.objectContaining({ status: 400, fields: [{ field: 'cursor', code: 'field.cursor' }] }));
    },
  );
});

describe('recordConditions', () => {
  it('matches everything without filters', () => {
    expect(recordConditions({})).toEqual({ where: 'TRUE', parameters: [] });
  });

  it('binds every filter as a parameter', () => {
    const condition = recordConditions({
      debtorId: 'CC-1',
      accountId: "CRED-'1",
      actor: 'agent:a',
      eventType: 't',
      chainId: 'c:0',
      from: new Date('2026-03-01T05:00:00Z'),
      to: new Date('2026-04-01T05:00:00Z'),
      after: { recordedAt: '2026-03-02T00:00:00.000Z', chainId: 'c:0', sequence: 9 },
    });

    expect(condition.where).toBe(
      'r.debtor_key = $1 AND r.account_keys @> ARRAY[$2]::text[] AND r.actor = $3 AND r.event_type = $4 AND r.chain_id = $5 AND ' +
        'r.recorded_at >= $6 AND r.recorded_at < $7 AND (r.recorded_at, r.chain_id, r.sequence) > ($8::timestamptz, $9, $10::bigint)',
    );
    expect(condition.parameters).toEqual(['CC-1', "CRED-'1", 'agent:a', 't', 'c:0', '2026-03-01T05:00:00.000Z', '2026-04-01T05:00:00.000Z', '2026-03-02T00:00:00.000Z', 'c:0', 9]);
  });
});
