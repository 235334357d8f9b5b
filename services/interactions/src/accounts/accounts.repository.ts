import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Statement } from '../shared/statement';
import { TABLES, Tables } from '../shared/tables';
import { AccountRow, AccountState, toAccountState } from './account-state';

export interface FollowUpFilter {
  asOf: Date;
  portfolioId?: string;
  assigneeId?: string;
  /** Sort key of the last row of the previous page: due instant as text and account id. */
  after?: [string, string];
  limit: number;
}

// Accounts without a next action sort first, as if it were due at the beginning of time.
const DUE_KEY = `COALESCE(next_action_due_at, '-infinity'::timestamptz)`;

/** The current state of each account, kept up to date by the writes that change it. */
@Injectable()
export class AccountsRepository {
  constructor(@Inject(TABLES) private readonly tables: Tables) {}

  async find(manager: EntityManager, accountId: string): Promise<AccountState | undefined> {
    const rows: AccountRow[] = await manager.query(`SELECT * FROM ${this.tables.accounts} WHERE account_id = $1`, [accountId]);

    return rows[0] ? toAccountState(rows[0]) : undefined;
  }

  /** Debtor of each known account among `accountIds`. */
  async debtorsOf(manager: EntityManager, accountIds: string[]): Promise<Map<string, string>> {
    const rows: { account_id: string; debtor_id: string }[] = await manager.query(
      `SELECT account_id, debtor_id FROM ${this.tables.accounts} WHERE account_id = ANY ($1::text[])`,
      [accountIds],
    );

    return new Map(rows.map((row) => [row.account_id, row.debtor_id]));
  }

  async touchInteraction(manager: EntityManager, accountIds: string[], debtorId: string, occurredAt: Date): Promise<void> {
    const statement = this.touchInteractionStatement(accountIds, debtorId, occurredAt);
    await manager.query(statement.sql, statement.parameters);
  }

  /** Creates the accounts not known yet and moves each one's last interaction forward to `occurredAt`. */
  touchInteractionStatement(accountIds: string[], debtorId: string, occurredAt: Date): Statement {
    return {
      sql: `INSERT INTO ${this.tables.accounts} (account_id, debtor_id, last_interaction_at)
       SELECT account_id, $2, $3 FROM unnest($1::text[]) AS account_id
       ON CONFLICT (account_id) DO UPDATE
       SET last_interaction_at = GREATEST(${this.tables.accounts}.last_interaction_at, EXCLUDED.last_interaction_at), updated_at = now()`,
      parameters: [accountIds, debtorId, occurredAt],
    };
  }

  /** Makes a just-scheduled next action the account's current one: the latest scheduled wins. */
  async setNextAction(manager: EntityManager, accountId: string, debtorId: string, nextActionId: string, dueAt: Date): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.tables.accounts} (account_id, debtor_id, next_action_id, next_action_due_at)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (account_id) DO UPDATE
       SET next_action_id = EXCLUDED.next_action_id, next_action_due_at = EXCLUDED.next_action_due_at, updated_at = now()`,
      [accountId, debtorId, nextActionId, dueAt],
    );
  }

  /** Makes an assignment the current one unless a later-effective one is already current. */
  async setAssignment(
    manager: EntityManager,
    assignment: { assignmentId: string; accountId: string; debtorId: string; portfolioId: string; assignee: { kind: string; id: string }; effectiveAt: Date },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO ${this.tables.accounts} (account_id, debtor_id, portfolio_id, assignment_id, assignee_kind, assignee_id, assignment_effective_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (account_id) DO UPDATE
       SET portfolio_id = EXCLUDED.portfolio_id, assignment_id = EXCLUDED.assignment_id, assignee_kind = EXCLUDED.assignee_kind,
           assignee_id = EXCLUDED.assignee_id, assignment_effective_at = EXCLUDED.assignment_effective_at, updated_at = now()
       WHERE ${this.tables.accounts}.assignment_effective_at IS NULL OR ${this.tables.accounts}.assignment_effective_at <= EXCLUDED.assignment_effective_at`,
      [assignment.accountId, assignment.debtorId, assignment.portfolioId, assignment.assignmentId, assignment.assignee.kind, assignment.assignee.id, assignment.effectiveAt],
    );
  }

  /**
   * Accounts with no next action, or whose current one was due before `asOf`: never scheduled
   * first, then the longest overdue. Served by accounts_follow_up (or its portfolio and assignee
   * variants), as one range scan on the sort key. Fetches one row more than `limit`.
   */
  async listWithoutNextAction(manager: EntityManager, filter: FollowUpFilter): Promise<AccountRow[]> {
    return manager.query(
      `SELECT *, ${DUE_KEY}::text AS sort_due FROM ${this.tables.accounts}
       WHERE ${DUE_KEY} < $1
         AND ($2::text IS NULL OR portfolio_id = $2)
         AND ($3::text IS NULL OR assignee_id = $3)
         AND ($4::timestamptz IS NULL OR (${DUE_KEY}, account_id) > ($4::timestamptz, $5::text))
       ORDER BY ${DUE_KEY}, account_id
       LIMIT $6`,
      [filter.asOf, filter.portfolioId ?? null, filter.assigneeId ?? null, filter.after?.[0] ?? null, filter.after?.[1] ?? null, filter.limit + 1],
    );
  }
}
