import type { KeyObject } from 'node:crypto';
import type { DataSource, QueryRunner } from 'typeorm';
import { verifyLedger, type ChainSummary, type LedgerProblem, type LedgerVerificationReport } from '../ledger';
import { streamChainRecords, streamCheckpoints } from '../storage/record-reader';
import { ledgerRecordOf } from '../storage/record-rows';
import { readInSnapshot } from '../storage/snapshot';

/**
 * A problem found in the database. Besides the verifier's kinds, CHAIN_HEAD_MISMATCH means that
 * the head row of a chain names another last record than the records themselves. Then
 * `expected` is the head row's `sequence:hash` and `found` the recomputed one. Either records
 * after the newest checkpoint were deleted, or the head was moved.
 */
export type StoredLedgerProblem = Omit<LedgerProblem, 'kind'> & { kind: LedgerProblem['kind'] | 'CHAIN_HEAD_MISMATCH' };

export interface StoredLedgerReport extends Omit<LedgerVerificationReport, 'problem'> {
  problem: StoredLedgerProblem | null;
  /** The chain verified, or null for the whole ledger. */
  chainId: string | null;
  verifiedAt: string;
}

interface HeadRow {
  chain_id: string;
  sequence: string;
  hash: string;
}

/**
 * Recomputes every record hash of one chain or of the whole ledger from the database, checks
 * every checkpoint signature against the trusted keys and every signed head against the
 * records, then compares the chain head rows with the recomputed heads. Everything is read in
 * one snapshot, so sealing may go on meanwhile. Returns the first problem found.
 */
export async function verifyStoredLedger(dataSource: DataSource, schema: string, publicKeys: KeyObject[], chainId?: string): Promise<StoredLedgerReport> {
  const reports = readInSnapshot(dataSource, async function* (runner) {
    yield await verifyInSnapshot(runner, schema, publicKeys, chainId);
  });

  for await (const report of reports) {
    return report;
  }
  throw new Error('Ledger verification produced no report');
}

async function verifyInSnapshot(runner: QueryRunner, schema: string, publicKeys: KeyObject[], chainId: string | undefined): Promise<StoredLedgerReport> {
  const report = await verifyLedger({
    checkpoints: streamCheckpoints(runner, schema),
    records: mapRecords(streamChainRecords(runner, schema, chainId)),
    publicKeys,
    chainId,
  });
  const verifiedAt = new Date().toISOString();
  if (report.problem !== null) {
    return { ...report, chainId: chainId ?? null, verifiedAt };
  }

  const headProblem = compareHeads(await readHeadRows(runner, schema, chainId), report.chains);
  return { ...report, ok: headProblem === null, problem: headProblem, chainId: chainId ?? null, verifiedAt };
}

async function* mapRecords(records: ReturnType<typeof streamChainRecords>) {
  for await (const record of records) {
    yield ledgerRecordOf(record);
  }
}

async function readHeadRows(runner: QueryRunner, schema: string, chainId: string | undefined): Promise<HeadRow[]> {
  return runner.query(
    `SELECT chain_id, sequence, encode(hash, 'hex') AS hash FROM "${schema}".chain_heads
     WHERE sequence > 0 AND ($1::text IS NULL OR chain_id = $1) ORDER BY chain_id COLLATE "C"`,
    [chainId ?? null],
  );
}

/** Returns the first chain whose head row disagrees with its recomputed head, or null. */
export function compareHeads(heads: HeadRow[], chains: ChainSummary[]): StoredLedgerProblem | null {
  const recomputed = new Map(chains.map((chain) => [chain.chainId, chain]));
  for (const head of heads) {
    const chain = recomputed.get(head.chain_id);
    const expected = `${head.sequence}:${head.hash}`;
    const found = chain === undefined ? 'no records' : `${chain.headSequence}:${chain.headHash}`;
    if (expected !== found) {
      return {
        kind: 'CHAIN_HEAD_MISMATCH',
        chainId: head.chain_id,
        sequence: chain === undefined ? 1 : Math.min(chain.headSequence + 1, Number(head.sequence)),
        checkpointSequence: null,
        expected,
        found,
      };
    }
  }
  return null;
}
