import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TABLES, Tables } from '../shared/tables';

export interface NextActionRecord {
  nextActionId: string;
  accountId: string;
  debtorId: string;
  interactionId: string | null;
  dueAt: Date;
  action: string;
  assigneeId: string | null;
  notes: string | null;
  actor: string;
  scheduledAt: Date;
}

interface NextActionRow {
  id: string;
  account_id: string;
  debtor_id: string;
  interaction_id: string | null;
  due_at: Date;
  action: string;
  assignee_id: string | null;
  notes: string | null;
  actor: string;
  scheduled_at: Date;
}

const COLUMNS = 'id, account_id, debtor_id, interaction_id, due_at, action, assignee_id, notes, actor, scheduled_at';

function toRecord(row: NextActionRow): NextActionRecord {
  return {
    nextActionId: row.id,
    accountId: row.account_id,
    debtorId: row.debtor_id,
    interactionId: row.interaction_id,
    dueAt: row.due_at,
    action: row.action,
    assigneeId: row.assignee_id,
    notes: row.notes,
    actor: row.actor,
    scheduledAt: row.scheduled_at,
  };
}

@Injectable()
export class NextActionsRepository {
  constructor(@Inject(TABLES) private readonly tables: Tables) {}

  async insert(manager: EntityManager, record: Omit<NextActionRecord, 'scheduledAt'>, requestId: string | undefined): Promise<NextActionRecord> {
    const rows: NextActionRow[] = await manager.query(
      `INSERT INTO ${this.tables.nextActions} (id, account_id, debtor_id, interaction_id, due_at, action, assignee_id, notes, actor, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${COLUMNS}`,
      [record.nextActionId, record.accountId, record.debtorId, record.interactionId, record.dueAt, record.action, record.assigneeId, record.notes, record.actor, requestId ?? null],
    );

    return toRecord(rows[0]);
  }

  async find(manager: EntityManager, nextActionId: string): Promise<NextActionRecord | undefined> {
    const rows: NextActionRow[] = await manager.query(`SELECT ${COLUMNS} FROM ${this.tables.nextActions} WHERE id = $1`, [nextActionId]);

    return rows[0] ? toRecord(rows[0]) : undefined;
  }

  /** An account's next actions, latest scheduled first; served by next_actions_history. */
  async history(manager: EntityManager, accountId: string, limit: number): Promise<NextActionRecord[]> {
    const rows: NextActionRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM ${this.tables.nextActions} WHERE account_id = $1 ORDER BY scheduled_at DESC, id DESC LIMIT $2`,
      [accountId, limit],
    );

    return rows.map(toRecord);
  }
}
