import { createCheckpoint, type SignedCheckpoint } from './checkpoint';
import { GENESIS_HASH, type ChainHead, type LedgerRecord } from './ledger-record';
import { computeRecordHash } from './record-hash';
import { ChainSealer } from './seal-record';
import { generateSigningKeyPair, type SigningKeyPair } from './signing-keys';
import {
  ACCESS_CHAIN,
  copyRecords,
  INTERACTIONS_CHAIN,
  PROMISES_CHAIN,
  sealChains,
  trackedSource,
} from './test/ledger-fixtures';
import type { LedgerProblem } from './verification-report';
import { verifyChain, verifyLedger } from './verify-ledger';

const signingKey: SigningKeyPair = generateSigningKeyPair();
const otherKey: SigningKeyPair = generateSigningKeyPair();
const CREATED_AT = new Date('2026-03-02T15:00:00.000Z');

function headOf(record: LedgerRecord): ChainHead {
  return { chainId: record.chainId, sequence: record.sequence, hash: record.hash };
}

function checkpointAt(checkpointSequence: number, heads: ChainHead[], key: SigningKeyPair = signingKey): SignedCheckpoint {
  return createCheckpoint({ checkpointSequence, createdAt: CREATED_AT, heads, signingKey: key });
}

/** Recomputes the hashes of records[from..] so that the chain is internally consistent again. */
function resealFrom(records: LedgerRecord[], from: number): void {
  for (let index = from; index < records.length; index++) {
    records[index].previousHash = index === 0 ? GENESIS_HASH : records[index - 1].hash;
    records[index].hash = computeRecordHash(records[index]);
  }
}

describe('verifyLedger on one chain', () => {
  const sealed = sealChains([INTERACTIONS_CHAIN], 10);

  it('accepts a sealed chain', async () => {
    const report = await verifyLedger({ records: sealed });

    expect(report.ok).toBe(true);
    expect(report.problem).toBeNull();
    expect(report.recordsVerified).toBe(10);
    expect(report.chains).toEqual([{ chainId: INTERACTIONS_CHAIN, records: 10, headSequence: 10, headHash: sealed[9].hash }]);
  });

  it('accepts an empty ledger', async () => {
    const report = await verifyLedger({ records: [] });

    expect(report.ok).toBe(true);
    expect(report.chains).toEqual([]);
  });

  type Tamper = (records: LedgerRecord[]) => LedgerRecord[];
  const tamperCases: [string, Tamper, Partial<LedgerProblem>][] = [
    [
      'edited payload',
      (records) => {
        records[3].payload.data = { note: 'changed' };
        return records;
      },
      { kind: 'HASH_MISMATCH', sequence: 4, found: sealed[3].hash },
    ],
    [
      'edited actor',
      (records) => {
        records[6].actor = 'admin:1';
        return records;
      },
      { kind: 'HASH_MISMATCH', sequence: 7 },
    ],
    [
      'replaced hash',
      (records) => {
        records[4].hash = 'a'.repeat(64);
        return records;
      },
      { kind: 'HASH_MISMATCH', sequence: 5, expected: sealed[4].hash, found: 'a'.repeat(64) },
    ],
    [
      'edited record with its hash recomputed',
      (records) => {
        records[2].payload.data = { note: 'changed' };
        records[2].hash = computeRecordHash(records[2]);
        return records;
      },
      { kind: 'PREVIOUS_HASH_MISMATCH', sequence: 4 },
    ],
    [
      'edited previous hash',
      (records) => {
        records[5].previousHash = 'b'.repeat(64);
        return records;
      },
      { kind: 'PREVIOUS_HASH_MISMATCH', sequence: 6, expected: sealed[4].hash, found: 'b'.repeat(64) },
    ],
    [
      'deleted record',
      (records) => records.filter((record) => record.sequence !== 4),
      { kind: 'SEQUENCE_GAP', sequence: 4, expected: '4', found: '5' },
    ],
    [
      'deleted first record',
      (records) => records.slice(1),
      { kind: 'SEQUENCE_GAP', sequence: 1, expected: '1', found: '2' },
    ],
    [
      'deleted run of records',
      (records) => records.filter((record) => record.sequence < 3 || record.sequence > 6),
      { kind: 'SEQUENCE_GAP', sequence: 3, expected: '3', found: '7' },
    ],
    [
      'swapped neighbours',
      (records) => [...records.slice(0, 3), records[4], records[3], ...records.slice(5)],
      { kind: 'SEQUENCE_OUT_OF_ORDER', sequence: 4, expected: '4', found: '5' },
    ],
    [
      'record moved later',
      (records) => [...records.slice(0, 2), ...records.slice(3, 7), records[2], ...records.slice(7)],
      { kind: 'SEQUENCE_OUT_OF_ORDER', sequence: 3, expected: '3', found: '4' },
    ],
    [
      'repeated record',
      (records) => [...records.slice(0, 6), records[5], ...records.slice(6)],
      { kind: 'SEQUENCE_OUT_OF_ORDER', sequence: 7, expected: '7', found: '6' },
    ],
    [
      'renumbered record',
      (records) => {
        records[7].sequence = 2;
        return records;
      },
      { kind: 'SEQUENCE_OUT_OF_ORDER', sequence: 8, expected: '8', found: '2' },
    ],
  ];

  it.each(tamperCases)('names %s', async (_label, tamper, expected) => {
    const report = await verifyLedger({ records: tamper(copyRecords(sealed)) });

    expect(report.ok).toBe(false);
    expect(report.problem).toMatchObject({ chainId: INTERACTIONS_CHAIN, checkpointSequence: null, ...expected });
  });

  it('counts records verified before the problem', async () => {
    const records = copyRecords(sealed);
    records[6].payload.id = 'changed';

    const report = await verifyLedger({ records });

    expect(report.recordsVerified).toBe(6);
    expect(report.chains[0]).toMatchObject({ records: 6, headSequence: 6, headHash: sealed[5].hash });
  });

  it('reports a payload that has no canonical form as a hash mismatch', async () => {
    const records = copyRecords(sealed);
    records[1].payload.note = '\ud800';

    const report = await verifyLedger({ records });

    expect(report.problem).toMatchObject({ kind: 'HASH_MISMATCH', sequence: 2 });
    expect(report.problem?.expected).toMatch(/^not computable: .*Lone surrogate/);
  });

  it('stops reading and closes the source at the first problem', async () => {
    const records = copyRecords(sealed);
    records[2].eventType = 'changed';
    const { source, state } = trackedSource(records);

    const report = await verifyLedger({ records: source });

    expect(report.problem).toMatchObject({ kind: 'HASH_MISMATCH', sequence: 3 });
    expect(state.read).toBe(3);
    expect(state.closed).toBe(true);
  });

  it('reports progress at each interval', async () => {
    const progress: number[] = [];

    await verifyLedger({ records: sealed, progressInterval: 3, onProgress: (count) => progress.push(count) });

    expect(progress).toEqual([3, 6, 9]);
  });

  it('rejects a progress interval below 1', async () => {
    await expect(verifyLedger({ records: sealed, progressInterval: 0 })).rejects.toThrow(RangeError);
  });
});

describe('verifyLedger with checkpoints', () => {
  const sealed = sealChains([INTERACTIONS_CHAIN], 10);
  const middle = checkpointAt(1, [headOf(sealed[4])]);
  const end = checkpointAt(2, [headOf(sealed[9])]);

  it('accepts checkpoints that match the chain', async () => {
    const report = await verifyLedger({ records: sealed, checkpoints: [middle, end], publicKeys: [signingKey.publicKey] });

    expect(report.ok).toBe(true);
    expect(report.checkpointsVerified).toBe(2);
  });

  it('accepts several trusted keys, as after a key rotation', async () => {
    const rotated = checkpointAt(2, [headOf(sealed[9])], otherKey);

    const report = await verifyLedger({
      records: sealed,
      checkpoints: [middle, rotated],
      publicKeys: [signingKey.publicKey, otherKey.publicKey],
    });

    expect(report.ok).toBe(true);
  });

  type Forge = () => SignedCheckpoint;
  const forgeries: [string, Forge, string][] = [
    ['signed by another key', () => checkpointAt(2, [headOf(sealed[9])], otherKey), `signature by unknown key ${otherKey.keyId}`],
    [
      'signed by another key under the trusted key id',
      () => ({ ...checkpointAt(2, [headOf(sealed[9])], { ...otherKey, keyId: signingKey.keyId }) }),
      'signature ',
    ],
    ['with an edited head hash', () => ({ ...end, heads: [{ ...end.heads[0], hash: sealed[8].hash }] }), 'signature '],
    ['with an edited head sequence', () => ({ ...end, heads: [{ ...end.heads[0], sequence: 9 }] }), 'signature '],
    ['with an added head', () => ({ ...end, heads: [...end.heads, headOf(sealChains([PROMISES_CHAIN], 1)[0])] }), 'signature '],
    ['with an edited time', () => ({ ...end, createdAt: '2026-03-03T15:00:00.000Z' }), 'signature '],
    ['with a truncated signature', () => ({ ...end, signature: end.signature.slice(0, 40) }), 'signature '],
    ['with a signature in non-canonical base64', () => ({ ...end, signature: `${end.signature.slice(0, 44)}\n${end.signature.slice(44)}` }), 'signature '],
  ];

  it.each(forgeries)('names a checkpoint %s', async (_label, forge, found) => {
    const report = await verifyLedger({ records: sealed, checkpoints: [middle, forge()], publicKeys: [signingKey.publicKey] });

    expect(report.ok).toBe(false);
    expect(report.problem).toMatchObject({
      kind: 'CHECKPOINT_SIGNATURE_INVALID',
      chainId: null,
      sequence: null,
      checkpointSequence: 2,
    });
    expect(report.problem?.found.startsWith(found)).toBe(true);
  });

  it('trusts no checkpoint without public keys', async () => {
    const report = await verifyLedger({ records: sealed, checkpoints: [middle] });

    expect(report.problem).toMatchObject({ kind: 'CHECKPOINT_SIGNATURE_INVALID', checkpointSequence: 1 });
    expect(report.problem?.expected).toBe('signature by a trusted key (none)');
  });

  it('names a chain rewritten after a checkpoint', async () => {
    const records = copyRecords(sealed);
    records[2].payload.data = { note: 'rewritten' };
    resealFrom(records, 2);

    const withoutCheckpoints = await verifyLedger({ records });
    const report = await verifyLedger({ records, checkpoints: [middle, end], publicKeys: [signingKey.publicKey] });

    expect(withoutCheckpoints.ok).toBe(true);
    expect(report.problem).toEqual({
      kind: 'CHECKPOINT_HEAD_MISMATCH',
      chainId: INTERACTIONS_CHAIN,
      sequence: 5,
      checkpointSequence: 1,
      expected: sealed[4].hash,
      found: records[4].hash,
    });
  });

  it('names records deleted from the end of a chain', async () => {
    const report = await verifyLedger({ records: sealed.slice(0, 8), checkpoints: [middle, end], publicKeys: [signingKey.publicKey] });

    expect(report.problem).toEqual({
      kind: 'CHECKPOINT_HEAD_MISMATCH',
      chainId: INTERACTIONS_CHAIN,
      sequence: 10,
      checkpointSequence: 2,
      expected: sealed[9].hash,
      found: 'chain ends at sequence 8',
    });
  });

  it('names a chain deleted whole', async () => {
    const other = sealChains([PROMISES_CHAIN], 2);
    const both = checkpointAt(3, [headOf(sealed[9]), headOf(other[1])]);

    const report = await verifyLedger({ records: sealed, checkpoints: [both], publicKeys: [signingKey.publicKey] });

    expect(report.problem).toMatchObject({
      kind: 'CHECKPOINT_HEAD_MISMATCH',
      chainId: PROMISES_CHAIN,
      sequence: 2,
      found: 'no records for this chain',
    });
  });

  it('reads checkpoints from an async iterable', async () => {
    const { source } = trackedSource([middle, end]);

    const report = await verifyLedger({ records: sealed, checkpoints: source, publicKeys: [signingKey.publicKey] });

    expect(report.ok).toBe(true);
    expect(report.checkpointsVerified).toBe(2);
  });
});

describe('verifyLedger on interleaved chains', () => {
  const chainIds = [INTERACTIONS_CHAIN, PROMISES_CHAIN, ACCESS_CHAIN];
  const sealer = new ChainSealer();
  const sealed = sealChains(chainIds, 20, sealer);
  const checkpoint = checkpointAt(1, sealer.heads());

  it('accepts them and counts each chain', async () => {
    const report = await verifyLedger({ records: sealed, checkpoints: [checkpoint], publicKeys: [signingKey.publicKey] });

    expect(report.ok).toBe(true);
    expect(report.recordsVerified).toBe(60);
    expect(report.chains.map((chain) => [chain.chainId, chain.records])).toEqual([
      [ACCESS_CHAIN, 20],
      [INTERACTIONS_CHAIN, 20],
      [PROMISES_CHAIN, 20],
    ]);
  });

  it('accepts any interleaving that keeps each chain in order', async () => {
    const byChain = chainIds.map((chainId) => sealed.filter((record) => record.chainId === chainId));
    const oneChainAfterAnother = byChain.flat();

    const report = await verifyLedger({ records: oneChainAfterAnother, checkpoints: [checkpoint], publicKeys: [signingKey.publicKey] });

    expect(report.ok).toBe(true);
  });

  it('names the tampered chain', async () => {
    const records = copyRecords(sealed);
    const target = records.find((record) => record.chainId === PROMISES_CHAIN && record.sequence === 11);
    if (target === undefined) {
      throw new Error('fixture has no sequence 11 in the promises chain');
    }
    target.recordedAt = '2026-03-02T14:00:00.000Z';

    const report = await verifyLedger({ records });

    expect(report.problem).toMatchObject({ kind: 'HASH_MISMATCH', chainId: PROMISES_CHAIN, sequence: 11 });
  });

  it('names a gap even when other chains go on', async () => {
    const records = sealed.filter((record) => !(record.chainId === ACCESS_CHAIN && record.sequence === 7));

    const report = await verifyLedger({ records });

    expect(report.problem).toEqual({
      kind: 'SEQUENCE_GAP',
      chainId: ACCESS_CHAIN,
      sequence: 7,
      checkpointSequence: null,
      expected: '7',
      found: '8',
    });
  });

  it('names records of one chain swapped across other chains', async () => {
    const records = [...sealed];
    const fifth = records.findIndex((record) => record.chainId === INTERACTIONS_CHAIN && record.sequence === 5);
    const ninth = records.findIndex((record) => record.chainId === INTERACTIONS_CHAIN && record.sequence === 9);
    [records[fifth], records[ninth]] = [records[ninth], records[fifth]];

    const report = await verifyLedger({ records });

    expect(report.problem).toMatchObject({ kind: 'SEQUENCE_OUT_OF_ORDER', chainId: INTERACTIONS_CHAIN, sequence: 5, found: '9' });
  });

  it('reports the first problem when several chains are broken', async () => {
    const records = copyRecords(sealed);
    const promisesIndex = records.findIndex((record) => record.chainId === PROMISES_CHAIN && record.sequence === 4);
    const accessIndex = records.findIndex((record) => record.chainId === ACCESS_CHAIN && record.sequence === 9);
    records[accessIndex].source = 'changed';
    const withGap = records.filter((_record, index) => index !== promisesIndex);

    const report = await verifyLedger({ records: withGap });

    expect(report.problem).toMatchObject({ kind: 'SEQUENCE_GAP', chainId: PROMISES_CHAIN, sequence: 4 });
  });

  it('verifies one chain alone', async () => {
    const records = copyRecords(sealed);
    const broken = records.find((record) => record.chainId === ACCESS_CHAIN && record.sequence === 2);
    if (broken === undefined) {
      throw new Error('fixture has no sequence 2 in the access chain');
    }
    broken.payload.id = 'changed';

    const promises = await verifyChain(PROMISES_CHAIN, { records, checkpoints: [checkpoint], publicKeys: [signingKey.publicKey] });
    const access = await verifyChain(ACCESS_CHAIN, { records, checkpoints: [checkpoint], publicKeys: [signingKey.publicKey] });

    expect(promises.ok).toBe(true);
    expect(promises.chains).toEqual([expect.objectContaining({ chainId: PROMISES_CHAIN, records: 20 })]);
    expect(access.problem).toMatchObject({ kind: 'HASH_MISMATCH', chainId: ACCESS_CHAIN, sequence: 2 });
  });
});
