import type { EntityManager } from 'typeorm';
import type { ChainHead, SignedCheckpoint } from '../ledger';

/** The newest checkpoint's position and the record count it covered. */
export interface LatestCheckpoint {
  checkpointSequence: number;
  createdAt: Date;
  /** Sum of the head sequences it signed: the number of records it covers. */
  recordTotal: number;
}

export interface CheckpointRow {
  checkpoint_sequence: string;
  created_at: Date;
  key_id: string;
  heads: ChainHead[];
  signature: string;
}

export async function readLatestCheckpoint(manager: EntityManager, schema: string): Promise<LatestCheckpoint | null> {
  const rows: { checkpoint_sequence: string; created_at: Date; record_total: string }[] = await manager.query(
    `SELECT checkpoint_sequence, created_at, record_total FROM "${schema}".checkpoints ORDER BY checkpoint_sequence DESC LIMIT 1`,
  );
  if (rows.length === 0) {
    return null;
  }
  return { checkpointSequence: Number(rows[0].checkpoint_sequence), createdAt: rows[0].created_at, recordTotal: Number(rows[0].record_total) };
}

/** Stores a signed checkpoint and one row per head, which finds the checkpoints covering a record. */
export async function insertCheckpoint(manager: EntityManager, schema: string, checkpoint: SignedCheckpoint, recordTotal: number): Promise<void> {
  await manager.query(
    `WITH stored AS (
       INSERT INTO "${schema}".checkpoints (checkpoint_sequence, created_at, key_id, heads, signature, record_total)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6)
     )
     INSERT INTO "${schema}".checkpoint_heads (checkpoint_sequence, chain_id, sequence, hash)
     SELECT $1, head.chain_id, head.sequence, decode(head.hash, 'hex')
     FROM json_to_recordset($7::json) AS head(chain_id text, sequence bigint, hash text)`,
    [
      checkpoint.checkpointSequence,
      checkpoint.createdAt,
      checkpoint.keyId,
      JSON.stringify(checkpoint.heads),
      checkpoint.signature,
      recordTotal,
      JSON.stringify(checkpoint.heads.map((head) => ({ chain_id: head.chainId, sequence: head.sequence, hash: head.hash }))),
    ],
  );
}

export function checkpointFromRow(row: CheckpointRow): SignedCheckpoint {
  return {
    checkpointSequence: Number(row.checkpoint_sequence),
    createdAt: row.created_at.toISOString(),
    keyId: row.key_id,
    heads: row.heads.map((head) => ({ chainId: head.chainId, sequence: head.sequence, hash: head.hash })),
    signature: row.signature,
  };
}

const CHECKPOINT_COLUMNS = 'checkpoint_sequence, created_at, key_id, heads, signature';

/** Reads checkpoints after `afterSequence` in sequence order, at most `limit`. */
export async function readCheckpoints(manager: EntityManager, schema: string, afterSequence: number, limit: number): Promise<SignedCheckpoint[]> {
  const rows: CheckpointRow[] = await manager.query(
    `SELECT ${CHECKPOINT_COLUMNS} FROM "${schema}".checkpoints WHERE checkpoint_sequence > $1 ORDER BY checkpoint_sequence LIMIT $2`,
    [afterSequence, limit],
  );
  return rows.map(checkpointFromRow);
}

/**
 * Finds, for each chain, the first checkpoint whose head reaches the given sequence: the
 * checkpoint that covers every record of that chain up to it. Chains beyond the newest
 * checkpoint get none.
 */
export async function readCoveringCheckpoints(manager: EntityManager, schema: string, reach: Map<string, number>): Promise<SignedCheckpoint[]> {
  if (reach.size === 0) {
    return [];
  }
  const rows: CheckpointRow[] = await manager.query(
    `SELECT ${CHECKPOINT_COLUMNS} FROM "${schema}".checkpoints
     WHERE checkpoint_sequence IN (
       SELECT covering.checkpoint_sequence
       FROM unnest($1::text[], $2::bigint[]) AS wanted(chain_id, sequence)
       CROSS JOIN LATERAL (
         SELECT h.checkpoint_sequence FROM "${schema}".checkpoint_heads h
         WHERE h.chain_id = wanted.chain_id AND h.sequence >= wanted.sequence
         ORDER BY h.sequence, h.checkpoint_sequence
         LIMIT 1
       ) AS covering
     )
     ORDER BY checkpoint_sequence`,
    [[...reach.keys()], [...reach.values()]],
  );
  return rows.map(checkpointFromRow);
}
