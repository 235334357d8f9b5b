import type { EntityManager } from 'typeorm';
import type { LedgerRecord } from '../ledger';
import type { EventClassification } from '../sealing/ledger-event-validator';
import type { SearchKeys } from '../sealing/search-keys';

/** A sealed record with the columns stored beside it. */
export interface SealedRow {
  record: LedgerRecord;
  classification: EventClassification;
  searchKeys: SearchKeys;
}

/**
 * Inserts sealed records of one chain, their unique keys, and the chain's new head in one
 * statement. The rows travel as one JSON array, so a batch costs one round trip whatever its
 * size. `rows` must be in sequence order and follow the locked head.
 */
export async function insertSealedRows(manager: EntityManager, schema: string, rows: SealedRow[]): Promise<void> {
  if (rows.length === 0) {
    return;
  }

  const last = rows[rows.length - 1].record;
  const document = JSON.stringify(
    rows.map(({ record, classification, searchKeys }) => ({
      chain_id: record.chainId,
      sequence: record.sequence,
      event_id: record.eventId,
      event_type: record.eventType,
      source: record.source,
      actor: record.actor,
      debtor_id: record.debtorId,
      account_id: record.accountId,
      event_time: record.eventTime,
      recorded_at: record.recordedAt,
      payload: record.payload,
      previous_hash: record.previousHash,
      hash: record.hash,
      debtor_key: searchKeys.debtorKey,
      account_keys: searchKeys.accountKeys,
      unknown_type: classification.unknownType,
      schema_problem: classification.schemaProblem,
    })),
  );

  await manager.query(
    `WITH batch AS (
       SELECT * FROM json_to_recordset($1::json) AS r(
         chain_id text, sequence bigint, event_id text, event_type text, source text, actor text,
         debtor_id text, account_id text, event_time text, recorded_at timestamptz, payload json,
         previous_hash text, hash text, debtor_key text, account_keys text[], unknown_type boolean,
         schema_problem text)
     ),
     records AS (
       INSERT INTO "${schema}".ledger_records (
         chain_id, sequence, event_id, event_type, source, actor, debtor_id, account_id, event_time,
         recorded_at, payload, previous_hash, hash, debtor_key, account_keys, unknown_type, schema_problem)
       SELECT chain_id, sequence, event_id, event_type, source, actor, debtor_id, account_id, event_time,
         recorded_at, payload, decode(previous_hash, 'hex'), decode(hash, 'hex'), debtor_key, account_keys,
         unknown_type, schema_problem
       FROM batch
     ),
     record_keys AS (
       INSERT INTO "${schema}".ledger_record_keys (chain_id, sequence, event_id, recorded_at)
       SELECT chain_id, sequence, event_id, recorded_at FROM batch
     )
     UPDATE "${schema}".chain_heads
     SET sequence = $3, hash = decode($4, 'hex'), recorded_at = $5, updated_at = now()
     WHERE chain_id = $2`,
    [document, last.chainId, last.sequence, last.hash, last.recordedAt],
  );
}
