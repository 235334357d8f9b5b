import type { DataSource } from 'typeorm';
import { uuidv7 } from 'uuidv7';
import { conflict, notFound } from '@bitacora/http';

export interface LegalHold {
  holdId: string;
  debtorId: string;
  reason: string;
  caseReference: string | null;
  placedBy: string;
  placedAt: string;
  releasedBy: string | null;
  releasedAt: string | null;
  releaseReason: string | null;
  active: boolean;
}

export interface NewLegalHold {
  debtorId: string;
  reason: string;
  caseReference?: string;
  placedBy: string;
}

export type HoldStatus = 'active' | 'released' | 'all';

interface HoldRow {
  hold_id: string;
  debtor_id: string;
  reason: string;
  case_reference: string | null;
  placed_by: string;
  placed_at: Date;
  released_by: string | null;
  released_at: Date | null;
  release_reason: string | null;
}

const STATUS_CLAUSES: Record<HoldStatus, string> = {
  active: 'released_at IS NULL',
  released: 'released_at IS NOT NULL',
  all: 'TRUE',
};

const HOLD_COLUMNS = 'hold_id, debtor_id, reason, case_reference, placed_by, placed_at, released_by, released_at, release_reason';

export async function placeLegalHold(dataSource: DataSource, schema: string, hold: NewLegalHold, now = new Date()): Promise<LegalHold> {
  const rows: HoldRow[] = await dataSource.query(
    `INSERT INTO "${schema}".legal_holds (hold_id, debtor_id, reason, case_reference, placed_by, placed_at)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${HOLD_COLUMNS}`,
    [uuidv7(), hold.debtorId, hold.reason, hold.caseReference ?? null, hold.placedBy, now.toISOString()],
  );
  return holdFromRow(rows[0]);
}

/**
 * Releases an active hold by filling its release columns, the only change the app role may
 * make to a hold. A missing hold raises a 404, and a released one a 409 that names the release time.
 */
export async function releaseLegalHold(dataSource: DataSource, schema: string, holdId: string, releasedBy: string, reason: string, now = new Date()): Promise<LegalHold> {
  const updated: [HoldRow[], number] = await dataSource.query(
    `UPDATE "${schema}".legal_holds SET released_by = $2, released_at = $3, release_reason = $4
     WHERE hold_id = $1 AND released_at IS NULL RETURNING ${HOLD_COLUMNS}`,
    [holdId, releasedBy, now.toISOString(), reason],
  );
  const rows = updated[0];
  if (rows.length === 1) {
    return holdFromRow(rows[0]);
  }

  const existing: HoldRow[] = await dataSource.query(`SELECT ${HOLD_COLUMNS} FROM "${schema}".legal_holds WHERE hold_id = $1`, [holdId]);
  if (existing.length === 0) {
    throw notFound('audit.legal_hold_not_found', { holdId });
  }
  throw conflict('audit.legal_hold_already_released', { holdId, releasedAt: existing[0].released_at?.toISOString() ?? '' });
}

export async function listLegalHolds(dataSource: DataSource, schema: string, debtorId: string | undefined, status: HoldStatus): Promise<LegalHold[]> {
  const statusClause = STATUS_CLAUSES[status];
  const rows: HoldRow[] = await dataSource.query(
    `SELECT ${HOLD_COLUMNS} FROM "${schema}".legal_holds
     WHERE ${statusClause} AND ($1::text IS NULL OR debtor_id = $1)
     ORDER BY placed_at, hold_id LIMIT 1000`,
    [debtorId ?? null],
  );
  return rows.map(holdFromRow);
}

function holdFromRow(row: HoldRow): LegalHold {
  return {
    holdId: row.hold_id,
    debtorId: row.debtor_id,
    reason: row.reason,
    caseReference: row.case_reference,
    placedBy: row.placed_by,
    placedAt: row.placed_at.toISOString(),
    releasedBy: row.released_by,
    releasedAt: row.released_at?.toISOString() ?? null,
    releaseReason: row.release_reason,
    active: row.released_at === null,
  };
}
