import { canonicalJson, CHECKPOINT_RECORD_TYPE, LEDGER_RECORD_TYPE, type SignedCheckpoint } from '../ledger';
import { ledgerRecordOf, type StoredRecord } from '../storage/record-rows';

export type ExportFormat = 'jsonl' | 'csv';

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/**
 * Writes export lines. JSON Lines contains exactly the ledger entries that the command-line
 * verifier decodes: checkpoints marked `"recordType":"checkpoint"` and records marked
 * `"recordType":"record"` with only their hashed fields. CSV contains the same entries in one
 * row shape, plus the flags. Its payload column is RFC 8785 JSON, so each hash can be
 * recomputed from the row.
 */
export interface ExportWriter {
  header(): string;
  checkpoint(checkpoint: SignedCheckpoint): string;
  record(record: StoredRecord): string;
}

const CSV_COLUMNS = [
  'record_type', 'chain_id', 'sequence', 'event_id', 'event_type', 'source', 'actor', 'debtor_id', 'account_id',
  'event_time', 'recorded_at', 'payload', 'previous_hash', 'hash', 'unknown_type', 'schema_problem',
  'checkpoint_sequence', 'created_at', 'key_id', 'heads', 'signature',
] as const;

type CsvColumn = (typeof CSV_COLUMNS)[number];

export const jsonLinesWriter: ExportWriter = {
  header: () => '',
  checkpoint: (checkpoint) => `${JSON.stringify({ recordType: CHECKPOINT_RECORD_TYPE, ...checkpoint })}\n`,
  record: (record) => `${JSON.stringify({ recordType: LEDGER_RECORD_TYPE, ...ledgerRecordOf(record) })}\n`,
};

export const csvWriter: ExportWriter = {
  header: () => `${CSV_COLUMNS.join(',')}\r\n`,
  checkpoint: (checkpoint) =>
    csvRow({
      record_type: CHECKPOINT_RECORD_TYPE,
      checkpoint_sequence: String(checkpoint.checkpointSequence),
      created_at: checkpoint.createdAt,
      key_id: checkpoint.keyId,
      heads: canonicalJson(checkpoint.heads),
      signature: checkpoint.signature,
    }),
  record: (record) =>
    csvRow({
      record_type: LEDGER_RECORD_TYPE,
      chain_id: record.chainId,
      sequence: String(record.sequence),
      event_id: record.eventId,
      event_type: record.eventType,
      source: record.source,
      actor: record.actor,
      debtor_id: record.debtorId,
      account_id: record.accountId,
      event_time: record.eventTime,
      recorded_at: record.recordedAt,
      payload: canonicalJson(record.payload),
      previous_hash: record.previousHash,
      hash: record.hash,
      unknown_type: String(record.unknownType),
      schema_problem: record.schemaProblem,
    }),
};

export function exportWriterOf(format: ExportFormat): ExportWriter {
  return format === 'csv' ? csvWriter : jsonLinesWriter;
}

// NOTE: cells are written exactly as stored, so a value starting with "=" or "+" reaches a
// spreadsheet unchanged. Escaping it would break the hash recomputation that the export is for.
function csvRow(values: Partial<Record<CsvColumn, string | null>>): string {
  return `${CSV_COLUMNS.map((column) => csvCell(values[column] ?? null)).join(',')}\r\n`;
}

/** Quotes a cell per RFC 4180; null becomes an empty cell. */
export function csvCell(value: string | null): string {
  if (value === null) {
    return '';
  }
  if (!/[",\r\n]/.test(value)) {
    return value;
  }
  return `"${value.replace(/"/g, '""')}"`;
}
