import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ContactChannel, ContactDirection, ContactPurpose, DenialReason, PartyRole, RuleReference } from '../policy';
import { Statement } from '../shared/statement';
import { TABLES, Tables } from '../shared/tables';
import { PolicyDecisionRecord } from './policy-decision';

interface DecisionRow {
  id: string;
  origin: 'check' | 'interaction';
  interaction_id: string | null;
  debtor_id: string;
  party_id: string;
  party_role: PartyRole;
  channel: ContactChannel;
  direction: ContactDirection;
  purpose: ContactPurpose;
  account_ids: string[];
  judged_instant: Date;
  outcome: 'allowed' | 'denied';
  reasons: DenialReason[];
  next_allowed_at: Date | null;
  applied_rules: RuleReference[];
  counts_toward_limits: boolean;
  actor: string;
  decided_at: Date;
}

export interface DecisionFilter {
  origin?: 'check' | 'interaction';
  outcome?: 'allowed' | 'denied';
  /** Only decisions taken before this instant. */
  to?: Date;
  /** Sort key of the last row of the previous page: decided-at instant and id. */
  after?: [string, string];
  limit: number;
}

function toRecord(row: DecisionRow): PolicyDecisionRecord {
  return {
    decisionId: row.id,
    origin: row.origin,
    interactionId: row.interaction_id,
    attempt: {
      debtorId: row.debtor_id,
      contactedPartyId: row.party_id,
      partyRole: row.party_role,
      channel: row.channel,
      direction: row.direction,
      purpose: row.purpose,
      instant: row.judged_instant,
      accountIds: row.account_ids,
    },
    decision: {
      outcome: row.outcome,
      reasons: row.reasons,
      nextAllowedAt: row.next_allowed_at,
      countsTowardLimits: row.counts_toward_limits,
      appliedRules: row.applied_rules,
    },
    actor: row.actor,
    decidedAt: row.decided_at,
  };
}

@Injectable()
export class PolicyDecisionsRepository {
  constructor(@Inject(TABLES) private readonly tables: Tables) {}

  async insert(manager: EntityManager, record: Omit<PolicyDecisionRecord, 'decidedAt'>, requestId: string | undefined): Promise<PolicyDecisionRecord> {
    const statement = this.insertStatement(record, requestId);
    const rows: DecisionRow[] = await manager.query(statement.sql, statement.parameters);

    return toRecord(rows[0]);
  }

  /** Builds the INSERT of `record`, returning every column, for callers that join it with other writes. */
  insertStatement(record: Omit<PolicyDecisionRecord, 'decidedAt'>, requestId: string | undefined): Statement {
    const { attempt, decision } = record;

    return {
      sql: `INSERT INTO ${this.tables.policyDecisions}
         (id, origin, interaction_id, debtor_id, party_id, party_role, channel, direction, purpose, account_ids, judged_instant,
          outcome, reasons, next_allowed_at, applied_rules, counts_toward_limits, actor, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb, $14, $15::jsonb, $16, $17, $18)
       RETURNING *`,
      parameters: [
        record.decisionId, record.origin, record.interactionId, attempt.debtorId, attempt.contactedPartyId, attempt.partyRole, attempt.channel,
        attempt.direction, attempt.purpose, attempt.accountIds, attempt.instant, decision.outcome, JSON.stringify(decision.reasons),
        decision.nextAllowedAt, JSON.stringify(decision.appliedRules), decision.countsTowardLimits, record.actor, requestId ?? null,
      ],
    };
  }

  async find(manager: EntityManager, decisionId: string): Promise<PolicyDecisionRecord | undefined> {
    const rows: DecisionRow[] = await manager.query(`SELECT * FROM ${this.tables.policyDecisions} WHERE id = $1`, [decisionId]);

    return rows[0] ? toRecord(rows[0]) : undefined;
  }

  /** A debtor's decisions, newest first; served by policy_decisions_by_debtor. Fetches one row more than `limit`. */
  async listByDebtor(manager: EntityManager, debtorId: string, filter: DecisionFilter): Promise<PolicyDecisionRecord[]> {
    const rows: DecisionRow[] = await manager.query(
      `SELECT * FROM ${this.tables.policyDecisions}
       WHERE debtor_id = $1
         AND ($2::text IS NULL OR origin = $2)
         AND ($3::text IS NULL OR outcome = $3)
         AND ($4::timestamptz IS NULL OR (decided_at, id) < ($4::timestamptz, $5::uuid))
         AND ($7::timestamptz IS NULL OR decided_at < $7)
       ORDER BY decided_at DESC, id DESC
       LIMIT $6`,
      [debtorId, filter.origin ?? null, filter.outcome ?? null, filter.after?.[0] ?? null, filter.after?.[1] ?? null, filter.limit + 1, filter.to ?? null],
    );

    return rows.map(toRecord);
  }
}
