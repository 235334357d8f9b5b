import { formatChainId, parseChainId } from './chain-id';
import { assertLedgerEvent, InvalidLedgerEventError, readEventFields } from './ledger-event';
import { GENESIS_HASH } from './ledger-record';
import { computeRecordHash } from './record-hash';
import { ChainSealer, sealEvent } from './seal-record';
import { INTERACTIONS_CHAIN, makeEvent, PROMISES_CHAIN } from './test/ledger-fixtures';

const RECORDED_AT = new Date('2026-03-02T14:00:00.500Z');

describe('sealEvent', () => {
  it('starts a chain at sequence 1 after the genesis hash', () => {
    const event = makeEvent(1);

    const record = sealEvent(null, { chainId: INTERACTIONS_CHAIN, event, recordedAt: RECORDED_AT });

    expect(record).toEqual({
      chainId: INTERACTIONS_CHAIN,
      sequence: 1,
      eventId: event.id,
      eventType: 'co.collections.interaction.recorded.v1',
      source: '/services/interactions',
      actor: 'agent:1042',
      debtorId: 'CC-102030401',
      accountId: 'ACC-1',
      eventTime: event.time,
      recordedAt: '2026-03-02T14:00:00.500Z',
      payload: event,
      previousHash: GENESIS_HASH,
      hash: computeRecordHash({ ...record }),
    });
    expect(record.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('links the next record to the head', () => {
    const first = sealEvent(null, { chainId: INTERACTIONS_CHAIN, event: makeEvent(1), recordedAt: RECORDED_AT });

    const second = sealEvent(first, { chainId: INTERACTIONS_CHAIN, event: makeEvent(2), recordedAt: RECORDED_AT });

    expect(second.sequence).toBe(2);
    expect(second.previousHash).toBe(first.hash);
  });

  it('rejects a head of another chain', () => {
    const head = { chainId: PROMISES_CHAIN, sequence: 3, hash: GENESIS_HASH };

    expect(() => sealEvent(head, { chainId: INTERACTIONS_CHAIN, event: makeEvent(1), recordedAt: RECORDED_AT })).toThrow(
      `Chain head belongs to chain "${PROMISES_CHAIN}", not to "${INTERACTIONS_CHAIN}"`,
    );
  });
});

describe('ChainSealer', () => {
  it('keeps one head per chain', () => {
    const sealer = new ChainSealer();
    sealer.append({ chainId: PROMISES_CHAIN, event: makeEvent(1), recordedAt: RECORDED_AT });
    const last = sealer.append({ chainId: PROMISES_CHAIN, event: makeEvent(2), recordedAt: RECORDED_AT });
    const other = sealer.append({ chainId: INTERACTIONS_CHAIN, event: makeEvent(3), recordedAt: RECORDED_AT });

    expect(sealer.heads()).toEqual([
      { chainId: INTERACTIONS_CHAIN, sequence: 1, hash: other.hash },
      { chainId: PROMISES_CHAIN, sequence: 2, hash: last.hash },
    ]);
  });

  it('continues from heads it is given', () => {
    const first = new ChainSealer();
    first.append({ chainId: PROMISES_CHAIN, event: makeEvent(1), recordedAt: RECORDED_AT });
    const resumed = new ChainSealer(first.heads());

    const record = resumed.append({ chainId: PROMISES_CHAIN, event: makeEvent(2), recordedAt: RECORDED_AT });

    expect(record.sequence).toBe(2);
    expect(record.previousHash).toBe(first.head(PROMISES_CHAIN)?.hash);
  });
});

describe('readEventFields', () => {
  it('uses null for what the event lacks', () => {
    const event = { specversion: '1.0', id: 'e-9', source: '/s', type: 't', actor: 7, data: 'text' };

    expect(readEventFields(event)).toEqual({
      eventId: 'e-9',
      eventType: 't',
      source: '/s',
      actor: null,
      debtorId: null,
      accountId: null,
      eventTime: null,
    });
  });

  it.each([
    ['an array', []],
    ['a missing id', { source: '/s', type: 't' }],
    ['an empty type', { id: 'e', source: '/s', type: '' }],
  ])('rejects %s', (_label, value) => {
    expect(() => assertLedgerEvent(value)).toThrow(InvalidLedgerEventError);
  });
});

describe('chain ids', () => {
  it('joins topic and partition', () => {
    expect(formatChainId('collections.interactions.v1', 3)).toBe(INTERACTIONS_CHAIN);
    expect(parseChainId(INTERACTIONS_CHAIN)).toEqual({ topic: 'collections.interactions.v1', partition: 3 });
  });

  it.each([['no-partition'], ['topic:'], [':3'], ['topic:03'], ['topic:-1']])('does not parse %s', (chainId) => {
    expect(parseChainId(chainId)).toBeNull();
  });

  it.each([
    ['', 0],
    ['a:b', 0],
    ['topic', -1],
    ['topic', 1.5],
  ])('rejects topic "%s" with partition %d', (topic, partition) => {
    expect(() => formatChainId(topic, partition)).toThrow(RangeError);
  });
});
