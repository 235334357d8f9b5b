import type { LedgerRecord } from './ledger-record';
import { ChainSealer } from './seal-record';
import { ACCESS_CHAIN, INTERACTIONS_CHAIN, makeEvent, PROMISES_CHAIN, trackedSource } from './test/ledger-fixtures';
import { compareLedgerOrder, joinChains } from './total-order';
import { verifyLedger } from './verify-ledger';

const RECORDED_AT = new Date('2026-03-02T14:30:00.000Z');

/** Seals one event per time offset (in seconds from the fixtures' base instant) into a chain. */
function sealAt(sealer: ChainSealer, chainId: string, offsets: number[]): LedgerRecord[] {
  return offsets.map((offset) => sealer.append({ chainId, event: makeEvent(offset), recordedAt: RECORDED_AT }));
}

async function collect(records: AsyncIterable<LedgerRecord>): Promise<string[]> {
  const labels: string[] = [];
  for await (const record of records) {
    labels.push(`${record.chainId}#${record.sequence}`);
  }
  return labels;
}

describe('compareLedgerOrder', () => {
  const sealer = new ChainSealer();
  const [early] = sealAt(sealer, PROMISES_CHAIN, [1]);
  const [late] = sealAt(sealer, ACCESS_CHAIN, [5]);
  const [sameTime] = sealAt(sealer, INTERACTIONS_CHAIN, [1]);

  it.each([
    ['event time first', early, late, -1],
    ['chain id on equal time', sameTime, early, -1],
    ['sequence last', early, { ...early, sequence: 2 }, -1],
    ['the same record', early, early, 0],
  ])('orders by %s', (_label, left, right, sign) => {
    expect(Math.sign(compareLedgerOrder(left, right))).toBe(sign);
    expect(Math.sign(compareLedgerOrder(right, left))).toBe(sign === 0 ? 0 : -sign);
  });

  it('compares instants, not text, across UTC offsets', () => {
    const utc = { ...early, eventTime: '2026-03-02T14:00:00Z' };
    const bogota = { ...late, eventTime: '2026-03-02T08:59:59-05:00' };

    expect(compareLedgerOrder(bogota, utc)).toBeLessThan(0);
  });

  it('falls back to the recorded time when the event has no time', () => {
    const untimed = { ...late, eventTime: null, recordedAt: '2026-03-01T00:00:00.000Z' };

    expect(compareLedgerOrder(untimed, early)).toBeLessThan(0);
  });
});

describe('joinChains', () => {
  it('orders by event time and keeps each chain in sequence order', async () => {
    const sealer = new ChainSealer();
    const interactions = sealAt(sealer, INTERACTIONS_CHAIN, [1, 4, 9]);
    const promises = sealAt(sealer, PROMISES_CHAIN, [2, 4, 3]);

    const joined = await collect(joinChains([interactions, promises]));

    expect(joined).toEqual([
      `${INTERACTIONS_CHAIN}#1`,
      `${PROMISES_CHAIN}#1`,
      `${INTERACTIONS_CHAIN}#2`,
      `${PROMISES_CHAIN}#2`,
      `${PROMISES_CHAIN}#3`,
      `${INTERACTIONS_CHAIN}#3`,
    ]);
  });

  it('feeds a verifier', async () => {
    const sealer = new ChainSealer();
    const chains = [INTERACTIONS_CHAIN, PROMISES_CHAIN, ACCESS_CHAIN].map((chainId, index) =>
      sealAt(sealer, chainId, Array.from({ length: 30 }, (_unused, offset) => offset * (index + 1))),
    );

    const report = await verifyLedger({ records: joinChains(chains) });

    expect(report.ok).toBe(true);
    expect(report.recordsVerified).toBe(90);
  });

  it('closes every source when the consumer stops early', async () => {
    const sealer = new ChainSealer();
    const first = trackedSource(sealAt(sealer, INTERACTIONS_CHAIN, [1, 2, 3]));
    const second = trackedSource(sealAt(sealer, PROMISES_CHAIN, [5, 6]));

    for await (const record of joinChains([first.source, second.source])) {
      if (record.sequence === 2) {
        break;
      }
    }

    expect(first.state.closed).toBe(true);
    expect(second.state.closed).toBe(true);
  });
});
