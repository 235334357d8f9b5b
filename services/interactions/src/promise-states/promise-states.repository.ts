import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PromiseStateData } from '@bitacora/contracts';
import { TABLES, Tables } from '../shared/tables';

/**
 * The latest known state of each promise, from collections.promises.v1. An older event never
 * overwrites a newer state, so redelivered or late events change nothing. The first event seen
 * of a promise sets its creation instant.
 */
@Injectable()
export class PromiseStatesRepository {
  constructor(@Inject(TABLES) private readonly tables: Tables) {}

  async apply(manager: EntityManager, eventId: string, state: PromiseStateData): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.tables.promiseStates} (promise_id, debtor_id, account_id, status, created_at, due_date, grace_days, last_event_id, last_changed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $5)
       ON CONFLICT (promise_id) DO UPDATE
       SET status = EXCLUDED.status, due_date = EXCLUDED.due_date, grace_days = EXCLUDED.grace_days,
           last_event_id = EXCLUDED.last_event_id, last_changed_at = EXCLUDED.last_changed_at, updated_at = now()
       WHERE ${this.tables.promiseStates}.last_changed_at <= EXCLUDED.last_changed_at`,
      [state.promiseId, state.debtorId, state.accountId, state.status, new Date(state.changedAt), state.dueDate, state.graceDays, eventId],
    );
  }

  async find(manager: EntityManager, promiseId: string): Promise<{ status: string; dueDate: string } | undefined> {
    const rows: { status: string; due_date: string }[] = await manager.query(
      `SELECT status, due_date::text AS due_date FROM ${this.tables.promiseStates} WHERE promise_id = $1`,
      [promiseId],
    );

    return rows[0] ? { status: rows[0].status, dueDate: rows[0].due_date } : undefined;
  }
}
