import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { updatedRows } from '../shared/pg-errors';
import { TABLES, Tables } from '../shared/tables';

export type DisputeResolution = 'upheld' | 'rejected' | 'withdrawn';

export interface DisputeRecord {
  disputeId: string;
  debtorId: string;
  accountId: string;
  openedAt: Date;
  reason: string;
  evidence: string | null;
  interactionId: string | null;
  actor: string;
  recordedAt: Date;
  closedAt: Date | null;
  resolution: DisputeResolution | null;
  closingNotes: string | null;
  closedBy: string | null;
}

interface DisputeRow {
  id: string;
  debtor_id: string;
  account_id: string;
  opened_at: Date;
  reason: string;
  evidence: string | null;
  interaction_id: string | null;
  actor: string;
  recorded_at: Date;
  closed_at: Date | null;
  resolution: DisputeResolution | null;
  closing_notes: string | null;
  closed_by: string | null;
}

const COLUMNS = 'id, debtor_id, account_id, opened_at, reason, evidence, interaction_id, actor, recorded_at, closed_at, resolution, closing_notes, closed_by';

function toRecord(row: DisputeRow): DisputeRecord {
  return {
    disputeId: row.id,
    debtorId: row.debtor_id,
    accountId: row.account_id,
    openedAt: row.opened_at,
    reason: row.reason,
    evidence: row.evidence,
    interactionId: row.interaction_id,
    actor: row.actor,
    recordedAt: row.recorded_at,
    closedAt: row.closed_at,
    resolution: row.resolution,
    closingNotes: row.closing_notes,
    closedBy: row.closed_by,
  };
}

export type NewDispute = Pick<DisputeRecord, 'disputeId' | 'debtorId' | 'accountId' | 'openedAt' | 'reason' | 'evidence' | 'interactionId' | 'actor'>;

@Injectable()
export class DisputesRepository {
  constructor(@Inject(TABLES) private readonly tables: Tables) {}

  /** Opens a dispute and returns it, or undefined when the account already has an open one. */
  async open(manager: EntityManager, dispute: NewDispute, requestId: string | undefined): Promise<DisputeRecord | undefined> {
    const rows: DisputeRow[] = await manager.query(
      `INSERT INTO ${this.tables.disputes} (id, debtor_id, account_id, opened_at, reason, evidence, interaction_id, actor, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (account_id) WHERE closed_at IS NULL DO NOTHING
       RETURNING ${COLUMNS}`,
      [dispute.disputeId, dispute.debtorId, dispute.accountId, dispute.openedAt, dispute.reason, dispute.evidence, dispute.interactionId, dispute.actor, requestId ?? null],
    );

    return rows[0] ? toRecord(rows[0]) : undefined;
  }

  async find(manager: EntityManager, disputeId: string, options: { forUpdate?: boolean } = {}): Promise<DisputeRecord | undefined> {
    const rows: DisputeRow[] = await manager.query(`SELECT ${COLUMNS} FROM ${this.tables.disputes} WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`, [disputeId]);

    return rows[0] ? toRecord(rows[0]) : undefined;
  }

  async findOpen(manager: EntityManager, accountId: string): Promise<DisputeRecord | undefined> {
    const rows: DisputeRow[] = await manager.query(`SELECT ${COLUMNS} FROM ${this.tables.disputes} WHERE account_id = $1 AND closed_at IS NULL`, [accountId]);

    return rows[0] ? toRecord(rows[0]) : undefined;
  }

  async close(
    manager: EntityManager,
    disputeId: string,
    closing: { closedAt: Date; resolution: DisputeResolution; notes: string | null; actor: string },
    requestId: string | undefined,
  ): Promise<DisputeRecord> {
    const rows = updatedRows<DisputeRow>(await manager.query(
      `UPDATE ${this.tables.disputes} SET closed_at = $2, resolution = $3, closing_notes = $4, closed_by = $5, closing_request_id = $6
       WHERE id = $1 AND closed_at IS NULL RETURNING ${COLUMNS}`,
      [disputeId, closing.closedAt, closing.resolution, closing.notes, closing.actor, requestId ?? null],
    ));

    return toRecord(rows[0]);
  }

  /** Lists a debtor's disputes, latest opened first, from the index disputes_by_debtor. */
  async listByDebtor(manager: EntityManager, debtorId: string, status: 'open' | 'closed' | undefined): Promise<DisputeRecord[]> {
    const rows: DisputeRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM ${this.tables.disputes}
       WHERE debtor_id = $1 AND ($2::text IS NULL OR (closed_at IS NULL) = ($2 = 'open'))
       ORDER BY opened_at DESC, id DESC LIMIT 500`,
      [debtorId, status ?? null],
    );

    return rows.map(toRecord);
  }
}
