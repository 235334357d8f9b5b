import type { EntityManager } from 'typeorm';
import { GENESIS_HASH, type ChainHead } from '../ledger';

/** A chain's head with the instant of its last record, which later records never precede. */
export interface LockedChainHead {
  head: ChainHead | null;
  recordedAt: Date | null;
}

interface HeadRow {
  sequence: string;
  hash: string;
  recorded_at: Date | null;
}

/**
 * Locks the head row of `chainId` until the transaction ends, creating it for a new chain. The
 * lock serializes every writer of one chain, so sequence numbers cannot be handed out twice.
 */
export async function lockChainHead(manager: EntityManager, schema: string, chainId: string): Promise<LockedChainHead> {
  const select = `SELECT sequence, encode(hash, 'hex') AS hash, recorded_at FROM "${schema}".chain_heads WHERE chain_id = $1 FOR UPDATE`;
  let rows: HeadRow[] = await manager.query(select, [chainId]);
  if (rows.length === 0) {
    await manager.query(
      `INSERT INTO "${schema}".chain_heads (chain_id, sequence, hash) VALUES ($1, 0, decode($2, 'hex')) ON CONFLICT (chain_id) DO NOTHING`,
      [chainId, GENESIS_HASH],
    );
    rows = await manager.query(select, [chainId]);
  }

  const row = rows[0];
  const sequence = Number(row.sequence);
  return {
    head: sequence === 0 ? null : { chainId, sequence, hash: row.hash },
    recordedAt: row.recorded_at,
  };
}

/** Returns those of `eventIds` that the chain `chainId` already contains. */
export async function storedEventIds(manager: EntityManager, schema: string, chainId: string, eventIds: string[]): Promise<Set<string>> {
  const rows: { event_id: string }[] = await manager.query(
    `SELECT event_id FROM "${schema}".ledger_record_keys WHERE chain_id = $1 AND event_id = ANY($2::text[])`,
    [chainId, eventIds],
  );
  return new Set(rows.map((row) => row.event_id));
}

/** Reads every chain head that has at least one record, ordered by chain id. */
export async function readChainHeads(manager: EntityManager, schema: string): Promise<(ChainHead & { recordedAt: string })[]> {
  const rows: { chain_id: string; sequence: string; hash: string; recorded_at: Date }[] = await manager.query(
    `SELECT chain_id, sequence, encode(hash, 'hex') AS hash, recorded_at FROM "${schema}".chain_heads WHERE sequence > 0 ORDER BY chain_id COLLATE "C"`,
  );
  return rows.map((row) => ({ chainId: row.chain_id, sequence: Number(row.sequence), hash: row.hash, recordedAt: row.recorded_at.toISOString() }));
}
