import type { EntityManager } from 'typeorm';
import type { LedgerRecord } from '../ledger';
import { RECORD_SEALED_TAIL, type RecordSealedText } from '../sealing/audit-events';
import type { EventClassification } from '../sealing/ledger-event-validator';
import type { SearchKeys } from '../sealing/search-keys';

/** A sealed record with the columns stored beside it and the event that announces it. */
export interface SealedRow {
  record: LedgerRecord;
  /** RFC 8785 text of `record.payload`, the bytes its hash covers. */
  payloadText: string;
  classification: EventClassification;
  searchKeys: SearchKeys;
  announcement: RecordSealedText;
}

/** Destination of the record-sealed events: the outbox topic and the channel that wakes its relay. */
export interface AnnouncementTarget {
  topic: string;
  channel: string;
}

// JSON.stringify escapes every line feed, so the long JSON columns travel joined by line feeds,
// without escaping. A stray one would misalign the columns, which the json and NOT NULL checks reject.
const LINE_FEED = '\n';

/**
 * Inserts sealed records of one chain, their unique keys, their record-sealed events in the
 * outbox, and the chain's new head in one statement, then wakes the outbox relay when the
 * transaction commits. Each column travels as one parameter, so a batch costs one round trip
 * and each payload is sent once. `rows` must be in sequence order, follow the locked head, and
 * share one `recordedAt`; the outbox receives the events in that order.
 */
export async function insertSealedRows(manager: EntityManager, schema: string, rows: SealedRow[], target: AnnouncementTarget): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  const first = rows[0].record;
  const last = rows[rows.length - 1].record;
  const json = (read: (row: SealedRow) => unknown): string => JSON.stringify(rows.map(read));
  const lines = (read: (row: SealedRow) => string): string => rows.map(read).join(LINE_FEED);

  await manager.query(
    `WITH batch AS (
       SELECT * FROM ROWS FROM (
         json_array_elements_text($1::json), json_array_elements_text($2::json), json_array_elements_text($3::json),
         json_array_elements_text($4::json), json_array_elements_text($5::json), json_array_elements_text($6::json),
         json_array_elements_text($7::json), json_array_elements_text($8::json), json_array_elements_text($9::json),
         json_array_elements_text($10::json), json_array_elements_text($11::json), json_array_elements_text($12::json),
         json_array_elements_text($13::json), json_array_elements_text($14::json),
         string_to_table($15::text, chr(10)), string_to_table($16::text, chr(10)), string_to_table($17::text, chr(10)))
         WITH ORDINALITY AS r(event_id, event_type, source, actor, debtor_id, account_id, event_time, previous_hash, hash,
           debtor_key, account_keys, unknown_type, schema_problem, outbox_event_id, payload, outbox_headers, outbox_head, ord)
     ),
     records AS (
       INSERT INTO "${schema}".ledger_records (
         chain_id, sequence, event_id, event_type, source, actor, debtor_id, account_id, event_time,
         recorded_at, payload, previous_hash, hash, debtor_key, account_keys, unknown_type, schema_problem)
       SELECT $18::text, $19::bigint + ord - 1, event_id, event_type, source, actor, debtor_id, account_id, event_time,
         $20::timestamptz, payload::json, decode(previous_hash, 'hex'), decode(hash, 'hex'), debtor_key, account_keys::text[],
         unknown_type::boolean, schema_problem
       FROM batch
     ),
     record_keys AS (
       INSERT INTO "${schema}".ledger_record_keys (chain_id, sequence, event_id, recorded_at)
       SELECT $18::text, $19::bigint + ord - 1, event_id, $20::timestamptz FROM batch
     ),
     announcements AS (
       INSERT INTO "${schema}".outbox (event_id, topic, message_key, headers, value)
       SELECT outbox_event_id, $21::text, $18::text, outbox_headers::jsonb, outbox_head || payload || $22::text
       FROM batch ORDER BY ord
     ),
     head AS (
       UPDATE "${schema}".chain_heads
       SET sequence = $23::bigint, hash = decode($24::text, 'hex'), recorded_at = $20::timestamptz, updated_at = now()
       WHERE chain_id = $18::text
     )
     SELECT pg_notify($25::text, '')`,
    [
      json((row) => row.record.eventId),
      json((row) => row.record.eventType),
      json((row) => row.record.source),
      json((row) => row.record.actor),
      json((row) => row.record.debtorId),
      json((row) => row.record.accountId),
      json((row) => row.record.eventTime),
      json((row) => row.record.previousHash),
      json((row) => row.record.hash),
      json((row) => row.searchKeys.debtorKey),
      json((row) => textArrayLiteral(row.searchKeys.accountKeys)),
      json((row) => row.classification.unknownType),
      json((row) => row.classification.schemaProblem),
      json((row) => row.announcement.eventId),
      lines((row) => row.payloadText),
      lines((row) => row.announcement.headers),
      lines((row) => row.announcement.head),
      first.chainId,
      first.sequence,
      first.recordedAt,
      target.topic,
      RECORD_SEALED_TAIL,
      last.sequence,
      last.hash,
      target.channel,
    ],
  );
}

/** PostgreSQL text[] literal of `values`, for a column of arrays that travels as one text per row. */
function textArrayLiteral(values: string[]): string {
  if (values.length === 0) {
    return '{}';
  }
  return `{${values.map((value) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}
