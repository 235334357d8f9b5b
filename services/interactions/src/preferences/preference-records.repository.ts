import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { updatedRows } from '../shared/pg-errors';
import { TABLES, Tables } from '../shared/tables';
import { PreferenceKind, PreferenceRecord } from './preference-kinds';

type Row = Record<string, unknown>;

const INTERNAL_COLUMNS = new Set(['request_id', 'revocation_request_id']);
const INSTANT_COLUMNS = new Set(['valid_from', 'valid_until', 'revoked_at', 'recorded_at']);

function camelCase(column: string): string {
  return column.replace(/_([a-z])/g, (_whole, letter: string) => letter.toUpperCase());
}

/** Maps a row read as JSON to camel-case fields with instants as Dates. Request ids stay internal. */
function toRecord(row: Row, now: Date): PreferenceRecord {
  const record: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    if (INTERNAL_COLUMNS.has(column)) continue;
    record[camelCase(column)] = INSTANT_COLUMNS.has(column) && typeof value === 'string' ? new Date(value) : value;
  }
  const typed = record as PreferenceRecord;
  typed.active = typed.validFrom <= now && (typed.revokedAt === null || typed.revokedAt > now) && (!(typed.validUntil instanceof Date) || typed.validUntil > now);

  return typed;
}

/** One store for the four preference kinds. Column names are fixed by the code and values are parameters. */
@Injectable()
export class PreferenceRecordsRepository {
  constructor(@Inject(TABLES) private readonly tables: Tables) {}

  async insert(manager: EntityManager, kind: PreferenceKind, columns: Record<string, unknown>): Promise<PreferenceRecord> {
    const names = Object.keys(columns);
    const placeholders = names.map((_name, index) => `$${index + 1}`);
    const rows: { row: Row }[] = await manager.query(
      `INSERT INTO ${this.tables[kind.table]} AS t (${names.join(', ')}) VALUES (${placeholders.join(', ')}) RETURNING to_jsonb(t.*) AS row`,
      names.map((name) => columns[name]),
    );

    return toRecord(rows[0].row, new Date());
  }

  async find(manager: EntityManager, kind: PreferenceKind, id: string): Promise<PreferenceRecord | undefined> {
    const rows: { row: Row }[] = await manager.query(`SELECT to_jsonb(t.*) AS row FROM ${this.tables[kind.table]} t WHERE id = $1 FOR UPDATE`, [id]);

    return rows[0] ? toRecord(rows[0].row, new Date()) : undefined;
  }

  async revoke(manager: EntityManager, kind: PreferenceKind, id: string, revocation: { revokedAt: Date; reason: string; actor: string; requestId?: string }): Promise<PreferenceRecord> {
    const rows = updatedRows<{ row: Row }>(await manager.query(
      `UPDATE ${this.tables[kind.table]} AS t SET revoked_at = $2, revocation_reason = $3, revoked_by = $4, revocation_request_id = $5
       WHERE id = $1 AND revoked_at IS NULL RETURNING to_jsonb(t.*) AS row`,
      [id, revocation.revokedAt, revocation.reason, revocation.actor, revocation.requestId ?? null],
    ));

    return toRecord(rows[0].row, new Date());
  }

  /** Lists a debtor's records of the kind, latest recorded first, optionally of one person. */
  async listByDebtor(manager: EntityManager, kind: PreferenceKind, debtorId: string, partyId: string | undefined): Promise<PreferenceRecord[]> {
    const partyFilter = partyId === undefined ? '' : ' AND party_id = $2';
    const rows: { row: Row }[] = await manager.query(
      `SELECT to_jsonb(t.*) AS row FROM ${this.tables[kind.table]} t WHERE debtor_id = $1${partyFilter} ORDER BY recorded_at DESC, id DESC LIMIT 500`,
      partyId === undefined ? [debtorId] : [debtorId, partyId],
    );
    const now = new Date();

    return rows.map((row) => toRecord(row.row, now));
  }
}
