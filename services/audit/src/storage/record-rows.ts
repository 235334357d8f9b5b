import type { JsonObject, LedgerRecord } from '../ledger';

/** A stored record: the hashed fields and the flags kept beside them. */
export interface StoredRecord extends LedgerRecord {
  unknownType: boolean;
  schemaProblem: string | null;
}

export interface RecordRow {
  chain_id: string;
  sequence: string;
  event_id: string;
  event_type: string;
  source: string;
  actor: string | null;
  debtor_id: string | null;
  account_id: string | null;
  event_time: string | null;
  recorded_at: Date;
  payload: JsonObject;
  previous_hash: string;
  hash: string;
  unknown_type: boolean;
  schema_problem: string | null;
}

/** Columns of `ledger_records` as RecordRow reads them; `alias` qualifies them for joins. */
export function recordColumns(alias = 'r'): string {
  return [
    'chain_id', 'sequence', 'event_id', 'event_type', 'source', 'actor', 'debtor_id', 'account_id', 'event_time',
    'recorded_at', 'payload', 'unknown_type', 'schema_problem',
  ]
    .map((column) => `${alias}.${column}`)
    .concat([`encode(${alias}.previous_hash, 'hex') AS previous_hash`, `encode(${alias}.hash, 'hex') AS hash`])
    .join(', ');
}

export function storedRecordFromRow(row: RecordRow): StoredRecord {
  return {
    chainId: row.chain_id,
    sequence: Number(row.sequence),
    eventId: row.event_id,
    eventType: row.event_type,
    source: row.source,
    actor: row.actor,
    debtorId: row.debtor_id,
    accountId: row.account_id,
    eventTime: row.event_time,
    recordedAt: row.recorded_at.toISOString(),
    payload: row.payload,
    previousHash: row.previous_hash,
    hash: row.hash,
    unknownType: row.unknown_type,
    schemaProblem: row.schema_problem,
  };
}

/** Copies the hashed fields only, in the shape the verifier and the export use. */
export function ledgerRecordOf(record: StoredRecord): LedgerRecord {
  return {
    chainId: record.chainId,
    sequence: record.sequence,
    eventId: record.eventId,
    eventType: record.eventType,
    source: record.source,
    actor: record.actor,
    debtorId: record.debtorId,
    accountId: record.accountId,
    eventTime: record.eventTime,
    recordedAt: record.recordedAt,
    payload: record.payload,
    previousHash: record.previousHash,
    hash: record.hash,
  };
}
