import { createHash } from 'node:crypto';

import canonicalize from 'canonicalize';
import fc from 'fast-check';

import { canonicalForm, canonicalJson, canonicalRecordBody, CanonicalJsonError } from './canonical-json';
import { assertLedgerEvent } from './ledger-event';
import { GENESIS_HASH, type UnsealedLedgerRecord } from './ledger-record';
import { chainDigest, computeRecordHash } from './record-hash';
import { sealEvent } from './seal-record';
import type { JsonValue } from './json-value';

const RECORDED_AT = new Date('2026-03-02T14:00:00.000Z');

function sealJsonText(text: string): string {
  const event: JsonValue = JSON.parse(text);
  assertLedgerEvent(event);
  return sealEvent(null, { chainId: 'collections.interactions.v1:0', event, recordedAt: RECORDED_AT }).hash;
}

describe('canonicalJson', () => {
  it('follows the RFC 8785 number serialization example', () => {
    // RFC 8785 section 3.2.2.3 example input and output.
    const parsed: JsonValue = JSON.parse('{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001]}');

    expect(canonicalJson(parsed)).toBe('{"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27]}');
  });

  it('orders members by UTF-16 code units', () => {
    // "\u20ac" (euro sign) sorts before "\ud83d\ude00" (emoji, a surrogate pair) by code unit.
    expect(canonicalJson({ '\ud83d\ude00': 1, '\u20ac': 2, b: 3, a: { d: 4, c: 5 } })).toBe(
      '{"a":{"c":5,"d":4},"b":3,"\u20ac":2,"\ud83d\ude00":1}',
    );
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a lone surrogate', { note: '\ud800' }],
    ['a bigint', { amount: 10n }],
    ['undefined', undefined],
  ])('rejects %s', (_label, value) => {
    expect(() => canonicalJson(value)).toThrow(CanonicalJsonError);
  });
});

describe('canonicalForm', () => {
  const jsonArbitrary = fc.jsonValue({ stringUnit: 'binary' }) as fc.Arbitrary<JsonValue>;

  it('returns canonical text and an equal copy', () => {
    fc.assert(
      fc.property(jsonArbitrary, (value) => {
        let expected: string | undefined;
        try {
          expected = canonicalize(value);
        } catch {
          expected = undefined;
        }
        if (expected === undefined) {
          expect(() => canonicalForm(value)).toThrow(CanonicalJsonError);
          return;
        }
        const form = canonicalForm(value);
        expect(form.text).toBe(expected);
        expect(canonicalJson(form.value)).toBe(expected);
        expect(form.value).toEqual(value);
      }),
    );
  });

  it('copies instead of sharing members', () => {
    const value = { b: { d: [1, { f: 2, e: 3 }] }, a: '\u20ac' };
    const form = canonicalForm(value);

    expect(form.text).toBe('{"a":"\u20ac","b":{"d":[1,{"e":3,"f":2}]}}');
    expect(form.value.b).not.toBe(value.b);
  });

  it.each([
    ['array-index names', JSON.parse('{"b":1,"10":2,"2":3}')],
    ['a __proto__ member', JSON.parse('{"z":1,"__proto__":{"x":1}}')],
  ])('keeps %s', (_case, value) => {
    const form = canonicalForm(value);

    expect(form.text).toBe(canonicalJson(value));
    expect(form.value).toEqual(value);
  });

  it.each([
    ['NaN', { n: Number.NaN }],
    ['a lone surrogate', { note: '\ud800' }],
  ])('rejects %s', (_case, value) => {
    expect(() => canonicalForm(value)).toThrow(CanonicalJsonError);
  });
});

describe('canonicalJson against the canonicalize package', () => {
  const jsonArbitrary = fc.jsonValue({ stringUnit: 'binary' }) as fc.Arbitrary<JsonValue>;

  it('agrees on values in any member order', () => {
    fc.assert(
      fc.property(jsonArbitrary, (value) => {
        expect(canonicalJson(value)).toBe(canonicalize(value));
      }),
    );
  });

  it('agrees on values parsed back from canonical text', () => {
    fc.assert(
      fc.property(jsonArbitrary, (value) => {
        const reparsed: unknown = JSON.parse(canonicalJson(value));

        expect(canonicalJson(reparsed)).toBe(canonicalize(value));
      }),
    );
  });

  it.each([
    ['array-index member names', { '10': 'a', '9': 'b', x: 1 }, '{"10":"a","9":"b","x":1}'],
    ['members out of order', { b: 1, a: { d: [2, { z: 0, y: -0 }], c: null } }, '{"a":{"c":null,"d":[2,{"y":0,"z":0}]},"b":1}'],
    ['undefined members and elements', { a: undefined, b: [undefined, 1] }, '{"b":[null,1]}'],
    ['a Date', { at: new Date(Date.UTC(2026, 2, 2)) }, '{"at":"2026-03-02T00:00:00.000Z"}'],
    ['control characters', { text: 'a\u0000\n\u001f"\\' }, '{"text":"a\\u0000\\n\\u001f\\"\\\\"}'],
  ])('serializes %s', (_label, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
    expect(canonicalJson(value)).toBe(canonicalize(value));
  });

  it('serializes values nested deeper than the fast path allows', () => {
    let nested: JsonValue = { leaf: true };
    for (let depth = 0; depth < 200; depth++) {
      nested = { a: nested, b: [depth] };
    }

    expect(canonicalJson(nested)).toBe(canonicalize(nested));
  });

  it('rejects a lone surrogate in a member name', () => {
    expect(() => canonicalJson({ '\udc00': 1 })).toThrow(CanonicalJsonError);
  });
});

describe('canonicalRecordBody', () => {
  const recordArbitrary: fc.Arbitrary<UnsealedLedgerRecord> = fc.record({
    chainId: fc.string({ minLength: 1 }),
    sequence: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
    eventId: fc.string({ unit: 'binary', minLength: 1 }),
    eventType: fc.string({ minLength: 1 }),
    source: fc.string({ minLength: 1 }),
    actor: fc.option(fc.string({ unit: 'binary' })),
    debtorId: fc.option(fc.string()),
    accountId: fc.option(fc.string()),
    eventTime: fc.option(fc.string()),
    recordedAt: fc.string({ minLength: 1 }),
    payload: fc.dictionary(fc.string({ unit: 'binary' }), fc.jsonValue() as fc.Arbitrary<JsonValue>),
    previousHash: fc.stringMatching(/^[0-9a-f]{64}$/),
  });

  it('equals the canonical JSON of every field but hash', () => {
    fc.assert(
      fc.property(recordArbitrary, (record) => {
        expect(canonicalRecordBody(record)).toBe(canonicalJson(record));
      }),
    );
  });

  it('leaves out hash and members outside the record', () => {
    const record = fc.sample(recordArbitrary, { seed: 7, numRuns: 1 })[0];
    const withExtras = { ...record, hash: 'f'.repeat(64), recordType: 'record' };

    expect(canonicalRecordBody(withExtras)).toBe(canonicalJson(record));
  });
});

describe('record hash', () => {
  it('is SHA-256 of the previous hash bytes and the canonical body', () => {
    const record: UnsealedLedgerRecord = {
      chainId: 'collections.access.v1:2',
      sequence: 1,
      eventId: 'e-1',
      eventType: 'co.collections.debtor.read.v1',
      source: '/services/gateway',
      actor: 'supervisor:7',
      debtorId: 'CC-1020',
      accountId: null,
      eventTime: '2026-03-02T09:00:00-05:00',
      recordedAt: '2026-03-02T14:00:01.000Z',
      payload: { id: 'e-1', data: { debtorId: 'CC-1020' } },
      previousHash: GENESIS_HASH,
    };
    const body =
      '{"accountId":null,"actor":"supervisor:7","chainId":"collections.access.v1:2","debtorId":"CC-1020",' +
      '"eventId":"e-1","eventTime":"2026-03-02T09:00:00-05:00","eventType":"co.collections.debtor.read.v1",' +
      '"payload":{"data":{"debtorId":"CC-1020"},"id":"e-1"},"previousHash":"' +
      GENESIS_HASH +
      '","recordedAt":"2026-03-02T14:00:01.000Z","sequence":1,"source":"/services/gateway"}';
    const expected = createHash('sha256').update(Buffer.alloc(32)).update(body, 'utf8').digest('hex');

    expect(canonicalRecordBody(record)).toBe(body);
    expect(computeRecordHash(record)).toBe(expected);
  });

  it.each([['abc'], ['zz'.repeat(32)], ['0'.repeat(66)]])('rejects previous hash %s', (previousHash) => {
    expect(() => chainDigest(previousHash, '{}')).toThrow(RangeError);
  });

  it.each([
    [
      'member order',
      '{"specversion":"1.0","id":"e-1","source":"/s","type":"t","data":{"a":1,"b":[true,null]}}',
      '{"data":{"b":[true,null],"a":1},"type":"t","source":"/s","id":"e-1","specversion":"1.0"}',
    ],
    [
      'large number notation',
      '{"specversion":"1.0","id":"e-1","source":"/s","type":"t","data":{"n":1e21}}',
      '{"specversion":"1.0","id":"e-1","source":"/s","type":"t","data":{"n":1000000000000000000000}}',
    ],
    [
      'trailing zeros and exponent case',
      '{"specversion":"1.0","id":"e-1","source":"/s","type":"t","data":{"n":[4.50,2E-3,1.0]}}',
      '{"specversion":"1.0","id":"e-1","source":"/s","type":"t","data":{"n":[4.5,0.002,1]}}',
    ],
    [
      'unicode escapes',
      '{"specversion":"1.0","id":"e-1","source":"/s","type":"t","data":{"note":"Bogot\\u00e1 \\u20ac \\ud83d\\ude00"}}',
      '{"specversion":"1.0","id":"e-1","source":"/s","type":"t","data":{"note":"Bogotá € 😀"}}',
    ],
    [
      'whitespace',
      '{ "specversion" : "1.0", "id" : "e-1", "source" : "/s", "type" : "t" }',
      '{"specversion":"1.0","id":"e-1","source":"/s","type":"t"}',
    ],
  ])('does not change with %s', (_label, left, right) => {
    expect(sealJsonText(left)).toBe(sealJsonText(right));
  });

  it('changes when a value changes', () => {
    const original = '{"specversion":"1.0","id":"e-1","source":"/s","type":"t","data":{"n":1e21}}';
    const changed = '{"specversion":"1.0","id":"e-1","source":"/s","type":"t","data":{"n":1e22}}';

    expect(sealJsonText(original)).not.toBe(sealJsonText(changed));
  });
});
