import type { DataSource } from 'typeorm';
import { recordColumns, storedRecordFromRow, type RecordRow, type StoredRecord } from '../storage/record-rows';
import { encodeCursor, type RecordCursor } from './record-cursor';

export interface RecordFilter {
  debtorId?: string;
  accountId?: string;
  actor?: string;
  eventType?: string;
  chainId?: string;
  /** Records sealed at or after this instant. */
  from?: Date;
  /** Records sealed before this instant. */
  to?: Date;
  after?: RecordCursor;
  limit: number;
}

export interface RecordPage {
  items: StoredRecord[];
  /** Cursor of the next page, or null on the last page. */
  nextCursor: string | null;
}

/** A WHERE clause with its positional parameters. */
export interface SqlCondition {
  where: string;
  parameters: unknown[];
}

/**
 * Builds the filter of a record query. Each filter column leads one index ordered by
 * (recorded_at, chain_id, sequence), and the time bounds prune whole monthly partitions.
 */
export function recordConditions(filter: Omit<RecordFilter, 'limit'>): SqlCondition {
  const clauses: string[] = [];
  const parameters: unknown[] = [];
  const bind = (value: unknown) => {
    parameters.push(value);
    return `$${parameters.length}`;
  };

  if (filter.debtorId !== undefined) clauses.push(`r.debtor_key = ${bind(filter.debtorId)}`);
  if (filter.accountId !== undefined) clauses.push(`r.account_keys @> ARRAY[${bind(filter.accountId)}]::text[]`);
  if (filter.actor !== undefined) clauses.push(`r.actor = ${bind(filter.actor)}`);
  if (filter.eventType !== undefined) clauses.push(`r.event_type = ${bind(filter.eventType)}`);
  if (filter.chainId !== undefined) clauses.push(`r.chain_id = ${bind(filter.chainId)}`);
  if (filter.from !== undefined) clauses.push(`r.recorded_at >= ${bind(filter.from.toISOString())}`);
  if (filter.to !== undefined) clauses.push(`r.recorded_at < ${bind(filter.to.toISOString())}`);
  if (filter.after !== undefined) {
    const after = filter.after;
    clauses.push(`(r.recorded_at, r.chain_id, r.sequence) > (${bind(after.recordedAt)}::timestamptz, ${bind(after.chainId)}, ${bind(after.sequence)}::bigint)`);
  }

  return { where: clauses.length === 0 ? 'TRUE' : clauses.join(' AND '), parameters };
}

/** Returns one page of records in ledger order: time sealed, then chain, then sequence. */
export async function findRecords(dataSource: DataSource, schema: string, filter: RecordFilter): Promise<RecordPage> {
  const { where, parameters } = recordConditions(filter);
  const rows: RecordRow[] = await dataSource.query(
    `SELECT ${recordColumns('r')} FROM "${schema}".ledger_records r
     WHERE ${where}
     ORDER BY r.recorded_at, r.chain_id, r.sequence
     LIMIT ${filter.limit + 1}`,
    parameters,
  );

  const items = rows.slice(0, filter.limit).map(storedRecordFromRow);
  const last = items[items.length - 1];
  const nextCursor = rows.length > filter.limit && last !== undefined ? encodeCursor({ recordedAt: last.recordedAt, chainId: last.chainId, sequence: last.sequence }) : null;
  return { items, nextCursor };
}
