import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Channel } from '@bitacora/contracts';
import { INTERACTION_COLUMNS, InteractionRow, toInteractionRecord } from '../recording/interaction-rows';
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
}
