import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TABLES, Tables } from '../shared/tables';
import type { ContactCounts } from './contact-kpi-figures';
import type { KpiPeriod } from './contact-kpi-period';
import type { ContactKpiGrouping } from './contact-kpi-query.dto';

export const NO_PORTFOLIO = '(sin cartera)';
export const NO_AGENT = '(sin agente)';

/** One group's counts, keyed by agent, channel or portfolio ('' for the whole period). */
export interface GroupCounts extends ContactCounts {
  key: string;
}

interface CountRow {
  group_key: string;
  contact_attempts: number;
  right_party_contacts: number;
  promises: number;
  policy_denials: number;
  policy_violations: number;
}

/** The columns a row is grouped by: interactions and policy decisions name them differently. */
interface GroupSource {
  agent: string;
  channel: string;
  accountIds: string;
  instant: string;
}

const INTERACTION_SOURCE: GroupSource = { agent: `COALESCE(f.agent_id, '${NO_AGENT}')`, channel: 'f.channel', accountIds: 'f.account_ids', instant: 'f.occurred_at' };
// A check names no agent: the agent is the actor who asked, when the actor is one.
const DECISION_SOURCE: GroupSource = {
  agent: `CASE WHEN d.actor LIKE 'agent:%' THEN substr(d.actor, 7) ELSE '${NO_AGENT}' END`,
  channel: 'd.channel',
  accountIds: 'd.account_ids',
  instant: 'd.judged_instant',
};

/**
 * Contact KPIs counted by the database, one row per group. Interactions of the period are read by
 * interactions_by_occurred_at, denied checks by policy_decisions_denied_checks, the outcome after
 * amendments by interaction_amendments_by_interaction, and the portfolio of each account at the
 * contact's instant by account_assignments_history.
 */
@Injectable()
export class ContactKpisRepository {
  constructor(@Inject(TABLES) private readonly tables: Tables) {}

  async countByGroup(manager: EntityManager, period: KpiPeriod, groupBy: ContactKpiGrouping | undefined): Promise<GroupCounts[]> {
    const t = this.tables;
    const rows: CountRow[] = await manager.query(
      `WITH facts AS (
         SELECT i.*, COALESCE(amended.outcome_code, i.outcome_code) AS current_outcome,
                COALESCE(amended.right_party_contact, i.right_party_contact) AS current_right_party,
                (i.direction = 'outbound' AND i.purpose = 'collection') AS is_attempt
         FROM ${t.interactions} i
         LEFT JOIN LATERAL (
           SELECT am.outcome_code, am.right_party_contact FROM ${t.amendments} am
           WHERE am.interaction_id = i.id AND am.outcome_code IS NOT NULL
           ORDER BY am.amended_at DESC, am.id DESC LIMIT 1
         ) amended ON true
         WHERE i.occurred_at >= $1 AND i.occurred_at < $2
       ),
       interaction_counts AS (
         SELECT k.group_key,
                count(*) FILTER (WHERE f.is_attempt) AS contact_attempts,
                count(*) FILTER (WHERE f.is_attempt AND f.current_right_party) AS right_party_contacts,
                count(*) FILTER (WHERE f.is_attempt AND o.agreement_kind IS NOT NULL) AS promises,
                count(*) FILTER (WHERE NOT f.policy_allowed AND f.direction = 'outbound') AS policy_violations
         FROM facts f
         JOIN ${t.outcomeCodes} o ON o.code = f.current_outcome
         CROSS JOIN LATERAL unnest(${this.groupKeys(groupBy, INTERACTION_SOURCE)}) AS k(group_key)
         GROUP BY k.group_key
       ),
       denial_counts AS (
         SELECT k.group_key, count(*) AS policy_denials
         FROM ${t.policyDecisions} d
         CROSS JOIN LATERAL unnest(${this.groupKeys(groupBy, DECISION_SOURCE)}) AS k(group_key)
         WHERE d.origin = 'check' AND d.outcome = 'denied' AND d.judged_instant >= $1 AND d.judged_instant < $2
         GROUP BY k.group_key
       )
       SELECT COALESCE(ic.group_key, dc.group_key) AS group_key,
              COALESCE(ic.contact_attempts, 0)::int AS contact_attempts,
              COALESCE(ic.right_party_contacts, 0)::int AS right_party_contacts,
              COALESCE(ic.promises, 0)::int AS promises,
              COALESCE(dc.policy_denials, 0)::int AS policy_denials,
              COALESCE(ic.policy_violations, 0)::int AS policy_violations
       FROM interaction_counts ic
       FULL JOIN denial_counts dc ON dc.group_key = ic.group_key
       ORDER BY COALESCE(ic.group_key, dc.group_key) COLLATE "C"`,
      [period.start, period.end],
    );

    return rows.map((row) => ({
      key: row.group_key,
      contactAttempts: row.contact_attempts,
      rightPartyContacts: row.right_party_contacts,
      promises: row.promises,
      policyDenials: row.policy_denials,
      policyViolations: row.policy_violations,
    }));
  }

  /**
   * Accounts with no next action, or whose current one was due before `asOf`: the condition of
   * GET /v1/accounts/without-next-action, served by accounts_follow_up.
   */
  async countWithoutNextAction(manager: EntityManager, asOf: Date): Promise<number> {
    const rows: { count: number }[] = await manager.query(
      `SELECT count(*)::int AS count FROM ${this.tables.accounts} WHERE COALESCE(next_action_due_at, '-infinity'::timestamptz) < $1`,
      [asOf],
    );

    return rows[0].count;
  }

  /**
   * Builds the SQL array of the group keys of one row. A contact about accounts of several
   * portfolios counts once in each. An account with no assignment in force at the instant, or a
   * row with no account, counts under NO_PORTFOLIO.
   */
  private groupKeys(groupBy: ContactKpiGrouping | undefined, source: GroupSource): string {
    if (groupBy === 'agent') {
      return `ARRAY[${source.agent}]`;
    }
    if (groupBy === 'channel') {
      return `ARRAY[${source.channel}]`;
    }
    if (groupBy === 'portfolio') {
      return `(SELECT COALESCE(array_agg(DISTINCT COALESCE(assigned.portfolio_id, '${NO_PORTFOLIO}')), ARRAY['${NO_PORTFOLIO}'])
               FROM unnest(${source.accountIds}) AS account(id)
               LEFT JOIN LATERAL (
                 SELECT a.portfolio_id FROM ${this.tables.assignments} a
                 WHERE a.account_id = account.id AND a.effective_at <= ${source.instant}
                 ORDER BY a.effective_at DESC, a.id DESC LIMIT 1
               ) assigned ON true)`;
    }

    return `ARRAY['']`;
  }
}
