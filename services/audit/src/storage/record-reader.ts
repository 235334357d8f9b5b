import type { QueryRunner } from 'typeorm';
import type { SignedCheckpoint } from '../ledger';
import { recordConditions, type RecordFilter } from '../query/find-records';
import { checkpointFromRow, type CheckpointRow } from './checkpoint-store';
import { recordColumns, storedRecordFromRow, type RecordRow, type StoredRecord } from './record-rows';

const PAGE_SIZE = 1000;

/** Streams records chain by chain, each chain in sequence order; only `chainId` when given. */
export async function* streamChainRecords(runner: QueryRunner, schema: string, chainId?: string): AsyncGenerator<StoredRecord> {
  let after: { chainId: string; sequence: number } | null = null;
  for (;;) {
    const parameters: unknown[] = [];
    const clauses: string[] = [];
    if (chainId !== undefined) {
      parameters.push(chainId);
      clauses.push(`r.chain_id = $${parameters.length}`);
    }
    if (after !== null) {
      parameters.push(after.chainId, after.sequence);
      clauses.push(`(r.chain_id, r.sequence) > ($${parameters.length - 1}, $${parameters.length}::bigint)`);
    }

    const rows: RecordRow[] = await runner.query(
      `SELECT ${recordColumns('r')} FROM "${schema}".ledger_records r
       WHERE ${clauses.length === 0 ? 'TRUE' : clauses.join(' AND ')}
       ORDER BY r.chain_id, r.sequence LIMIT ${PAGE_SIZE}`,
      parameters,
    );
    for (const row of rows) {
      yield storedRecordFromRow(row);
    }
    if (rows.length < PAGE_SIZE) {
      return;
    }
    const last = rows[rows.length - 1];
    after = { chainId: last.chain_id, sequence: Number(last.sequence) };
  }
}

/** Streams the records that match `filter` in ledger order (instant, chain, sequence). */
export async function* streamMatchingRecords(runner: QueryRunner, schema: string, filter: Omit<RecordFilter, 'limit' | 'after'>): AsyncGenerator<StoredRecord> {
  let after: RecordFilter['after'];
  for (;;) {
    const { where, parameters } = recordConditions({ ...filter, after });
    const rows: RecordRow[] = await runner.query(
      `SELECT ${recordColumns('r')} FROM "${schema}".ledger_records r
       WHERE ${where}
       ORDER BY r.recorded_at, r.chain_id, r.sequence LIMIT ${PAGE_SIZE}`,
      parameters,
    );
    for (const row of rows) {
      yield storedRecordFromRow(row);
    }
    if (rows.length < PAGE_SIZE) {
      return;
    }
    const last = storedRecordFromRow(rows[rows.length - 1]);
    after = { recordedAt: last.recordedAt, chainId: last.chainId, sequence: last.sequence };
  }
}

/** Streams every checkpoint in sequence order. */
export async function* streamCheckpoints(runner: QueryRunner, schema: string): AsyncGenerator<SignedCheckpoint> {
  let after = 0;
  for (;;) {
    const rows: CheckpointRow[] = await runner.query(
      `SELECT checkpoint_sequence, created_at, key_id, heads, signature FROM "${schema}".checkpoints
       WHERE checkpoint_sequence > $1 ORDER BY checkpoint_sequence LIMIT ${PAGE_SIZE}`,
      [after],
    );
    for (const row of rows) {
      yield checkpointFromRow(row);
    }
    if (rows.length < PAGE_SIZE) {
      return;
    }
    after = Number(rows[rows.length - 1].checkpoint_sequence);
  }
}
