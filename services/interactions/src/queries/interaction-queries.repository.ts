import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Channel } from '@bitacora/contracts';
import type { AmendmentRecord } from '../recording/interaction-record';
import { AmendmentRow, INTERACTION_COLUMNS, InteractionRow, toAmendmentRecord, toInteractionRecord } from '../recording/interaction-rows';
import { StoredInteraction } from '../recording/interactions.repository';
import { TABLES, Tables } from '../shared/tables';

export interface InteractionFilter {
  from?: Date;
  to?: Date;
  channel?: Channel;
  outcome?: string;
  agentId?: string;
  /** Sort key of the last row of the previous page: occurred-at instant and interaction id. */
  after?: [string, string];
  limit: number;
}

export interface AmendmentFilter {
  /** Only amendments made before this instant. */
  to?: Date;
  /** Sort key of the last row of the previous page: amended-at instant as PostgreSQL writes it, and amendment id. */
  after?: [string, string];
  limit: number;
}

/** An amendment with the text of its sort instant, which keeps the microseconds a cursor needs. */
export interface SortedAmendment {
  amendment: AmendmentRecord;
  sortInstant: string;
}

/**
 * Timelines, newest first, with keyset pagination on (occurred_at, id). A debtor's timeline is
 * one range scan of interactions_debtor_timeline, an account's one range scan of
 * interaction_accounts_timeline joined to interactions by primary key. The other filters are
 * applied to the rows of that range, which is bounded by the debtor's or the account's own
 * interactions. The outcome filter matches the outcome in force after amendments.
 */
@Injectable()
export class InteractionQueriesRepository {
  constructor(@Inject(TABLES) private readonly tables: Tables) {}

  async byDebtor(manager: EntityManager, debtorId: string, filter: InteractionFilter): Promise<StoredInteraction[]> {
    return this.query(manager, `i.debtor_id = $1`, 'i.occurred_at', 'i.id', '', debtorId, filter);
  }

  async byAccount(manager: EntityManager, accountId: string, filter: InteractionFilter): Promise<StoredInteraction[]> {
    const join = `JOIN ${this.tables.interactionAccounts} ia ON ia.interaction_id = i.id`;

    return this.query(manager, `ia.account_id = $1`, 'ia.occurred_at', 'ia.interaction_id', join, accountId, filter);
  }

  private async query(manager: EntityManager, scope: string, occurredAt: string, id: string, join: string, scopeValue: string, filter: InteractionFilter): Promise<StoredInteraction[]> {
    const rows: InteractionRow[] = await manager.query(
      `SELECT ${INTERACTION_COLUMNS}
       FROM ${this.tables.interactions} i
       ${join}
       JOIN ${this.tables.policyDecisions} d ON d.id = i.policy_decision_id
       WHERE ${scope}
         AND ($2::timestamptz IS NULL OR ${occurredAt} >= $2)
         AND ($3::timestamptz IS NULL OR ${occurredAt} < $3)
         AND ($4::text IS NULL OR i.channel = $4)
         AND ($5::text IS NULL OR $5 = COALESCE((
               SELECT a.outcome_code FROM ${this.tables.amendments} a
               WHERE a.interaction_id = i.id AND a.outcome_code IS NOT NULL ORDER BY a.amended_at DESC, a.id DESC LIMIT 1
             ), i.outcome_code))
         AND ($6::text IS NULL OR i.agent_id = $6)
         AND ($7::timestamptz IS NULL OR (${occurredAt}, ${id}) < ($7::timestamptz, $8::uuid))
       ORDER BY ${occurredAt} DESC, ${id} DESC
       LIMIT $9`,
      [
        scopeValue, filter.from ?? null, filter.to ?? null, filter.channel ?? null, filter.outcome ?? null, filter.agentId ?? null,
        filter.after?.[0] ?? null, filter.after?.[1] ?? null, filter.limit + 1,
      ],
    );

    return rows.map((row) => ({ record: toInteractionRecord(row), policyReasons: row.policy_reasons }));
  }

  /**
   * Lists a debtor's amendments, newest first, with keyset pagination on (amended_at, id). It reads the
   * amendments of the debtor's interactions through interactions_debtor_timeline and
   * interaction_amendments_by_interaction, so its cost follows the debtor's interactions.
   * NOTE: an index of amendments by debtor would make it follow the page size instead.
   */
  async amendmentsByDebtor(manager: EntityManager, debtorId: string, filter: AmendmentFilter): Promise<SortedAmendment[]> {
    const rows: (AmendmentRow & { sort_instant: string })[] = await manager.query(
      `SELECT a.id, a.interaction_id, a.changes, a.right_party_contact, a.reason, a.actor, a.amended_at, a.amended_at::text AS sort_instant
       FROM ${this.tables.amendments} a
       JOIN ${this.tables.interactions} i ON i.id = a.interaction_id
       WHERE i.debtor_id = $1
         AND ($2::timestamptz IS NULL OR a.amended_at < $2)
         AND ($3::timestamptz IS NULL OR (a.amended_at, a.id) < ($3::timestamptz, $4::uuid))
       ORDER BY a.amended_at DESC, a.id DESC
       LIMIT $5`,
      [debtorId, filter.to ?? null, filter.after?.[0] ?? null, filter.after?.[1] ?? null, filter.limit + 1],
    );

    return rows.map((row) => ({ amendment: toAmendmentRecord(row), sortInstant: row.sort_instant }));
  }

  /** Lists the accounts of a debtor (index accounts_by_debtor). */
  async accountIdsOfDebtor(manager: EntityManager, debtorId: string): Promise<string[]> {
    const rows: { account_id: string }[] = await manager.query(`SELECT account_id FROM ${this.tables.accounts} WHERE debtor_id = $1 ORDER BY account_id`, [debtorId]);

    return rows.map((row) => row.account_id);
  }
}
