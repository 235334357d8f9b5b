import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TABLES, Tables } from '../shared/tables';

export interface AssignmentRecord {
  assignmentId: string;
  accountId: string;
  debtorId: string;
  portfolioId: string;
  assignee: { kind: 'agent' | 'team'; id: string };
  effectiveAt: Date;
  reason: string | null;
  actor: string;
  recordedAt: Date;
}

interface AssignmentRow {
  id: string;
  account_id: string;
  debtor_id: string;
  portfolio_id: string;
  assignee_kind: 'agent' | 'team';
  assignee_id: string;
  effective_at: Date;
  reason: string | null;
  actor: string;
  recorded_at: Date;
}

const COLUMNS = 'id, account_id, debtor_id, portfolio_id, assignee_kind, assignee_id, effective_at, reason, actor, recorded_at';

function toRecord(row: AssignmentRow): AssignmentRecord {
  return {
    assignmentId: row.id,
    accountId: row.account_id,
    debtorId: row.debtor_id,
    portfolioId: row.portfolio_id,
    assignee: { kind: row.assignee_kind, id: row.assignee_id },
    effectiveAt: row.effective_at,
    reason: row.reason,
    actor: row.actor,
    recordedAt: row.recorded_at,
  };
}

@Injectable()
export class AssignmentsRepository {
  constructor(@Inject(TABLES) private readonly tables: Tables) {}

  async insert(manager: EntityManager, record: Omit<AssignmentRecord, 'recordedAt'>, requestId: string | undefined): Promise<AssignmentRecord> {
    const rows: AssignmentRow[] = await manager.query(
      `INSERT INTO ${this.tables.assignments} (id, account_id, debtor_id, portfolio_id, assignee_kind, assignee_id, effective_at, reason, actor, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${COLUMNS}`,
      [record.assignmentId, record.accountId, record.debtorId, record.portfolioId, record.assignee.kind, record.assignee.id, record.effectiveAt, record.reason, record.actor, requestId ?? null],
    );

    return toRecord(rows[0]);
  }

  /** An account's assignments, latest effective first; served by account_assignments_history. */
  async history(manager: EntityManager, accountId: string, limit: number): Promise<AssignmentRecord[]> {
    const rows: AssignmentRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM ${this.tables.assignments} WHERE account_id = $1 ORDER BY effective_at DESC, id DESC LIMIT $2`,
      [accountId, limit],
    );

    return rows.map(toRecord);
  }
}
