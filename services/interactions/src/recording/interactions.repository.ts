import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PolicyDenialReason } from '@bitacora/contracts';
import { shifted, Statement } from '../shared/statement';
import { TABLES, Tables } from '../shared/tables';
import { AmendmentRecord, InteractionRecord } from './interaction-record';
import { AmendmentRow, INTERACTION_COLUMNS, InteractionRow, toAmendmentRecord, toInteractionRecord } from './interaction-rows';

export interface StoredInteraction {
  record: InteractionRecord;
  policyReasons: PolicyDenialReason[];
}

@Injectable()
export class InteractionsRepository {
  constructor(@Inject(TABLES) private readonly tables: Tables) {}

  /**
   * Writes a recorded interaction in one statement: its policy decision (`decision`, an INSERT
   * returning every column), the interaction, one row per account into interaction_accounts, and
   * `companions` (other writes of the same recording). Returns the interaction as stored, with the
   * reasons of its decision.
   */
  async insert(manager: EntityManager, record: InteractionRecord, requestId: string | undefined, decision: Statement, companions: Statement[] = []): Promise<StoredInteraction> {
    const own: unknown[] = [
      record.interactionId, record.debtorId, record.accountIds, record.party.id, record.party.role, record.channel, record.direction,
      record.purpose, record.occurredAt, record.occurredAtOffsetMinutes, record.durationSeconds, record.agentId, record.automatedChannelId,
      record.outcomeCode, record.rightPartyContact, record.countsTowardLimits, record.notes, record.recordingReference, record.sourceSystem,
      record.sourceReference, JSON.stringify(record.promises), jsonOrNull(record.paymentPlan), jsonOrNull(record.nextAction),
      record.policyDecisionId, record.policyAllowed, record.actor, requestId ?? null, record.recordedAt,
    ];
    const parameters = [...own];
    const joined = (statement: Statement) => {
      const renumbered = shifted(statement, parameters.length);
      parameters.push(...renumbered.parameters);
      return renumbered.sql;
    };
    const decisionSql = joined(decision);
    const companionSql = companions.map((companion, index) => `, companion_${index} AS (${joined(companion)})`).join('');
    const rows: InteractionRow[] = await manager.query(
      `WITH decision AS (${decisionSql}), inserted AS (
         INSERT INTO ${this.tables.interactions}
           (id, debtor_id, account_ids, party_id, party_role, channel, direction, purpose, occurred_at, occurred_at_offset_minutes,
            duration_seconds, agent_id, automated_channel_id, outcome_code, right_party_contact, counts_toward_limits, notes,
            recording_reference, source_system, source_reference, promises, payment_plan, next_action, policy_decision_id,
            policy_allowed, actor, request_id, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21::jsonb, $22::jsonb, $23::jsonb, $24, $25, $26, $27, $28)
         RETURNING *
       ), linked AS (
         INSERT INTO ${this.tables.interactionAccounts} (account_id, occurred_at, interaction_id)
         SELECT account_id, $9, $1 FROM unnest($3::text[]) AS account_id
       )${companionSql}
       SELECT inserted.*, decision.reasons AS policy_reasons FROM inserted, decision`,
      parameters,
    );

    return { record: toInteractionRecord(rows[0]), policyReasons: rows[0].policy_reasons };
  }

  async findIdBySource(manager: EntityManager, sourceSystem: string, sourceReference: string): Promise<string | undefined> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM ${this.tables.interactions} WHERE source_system = $1 AND source_reference = $2`,
      [sourceSystem, sourceReference],
    );

    return rows[0]?.id;
  }

  async find(manager: EntityManager, interactionId: string): Promise<StoredInteraction | undefined> {
    const rows: InteractionRow[] = await manager.query(
      `SELECT ${INTERACTION_COLUMNS} FROM ${this.tables.interactions} i JOIN ${this.tables.policyDecisions} d ON d.id = i.policy_decision_id WHERE i.id = $1`,
      [interactionId],
    );

    return rows[0] ? { record: toInteractionRecord(rows[0]), policyReasons: rows[0].policy_reasons } : undefined;
  }

  /** Amendments of each interaction, oldest first. */
  async amendmentsOf(manager: EntityManager, interactionIds: string[]): Promise<Map<string, AmendmentRecord[]>> {
    const byInteraction = new Map<string, AmendmentRecord[]>();
    if (interactionIds.length === 0) {
      return byInteraction;
    }
    const rows: AmendmentRow[] = await manager.query(
      `SELECT id, interaction_id, changes, right_party_contact, reason, actor, amended_at FROM ${this.tables.amendments}
       WHERE interaction_id = ANY ($1::uuid[]) ORDER BY amended_at, id`,
      [interactionIds],
    );
    for (const row of rows) {
      byInteraction.set(row.interaction_id, [...(byInteraction.get(row.interaction_id) ?? []), toAmendmentRecord(row)]);
    }

    return byInteraction;
  }

  async insertAmendment(manager: EntityManager, amendment: Omit<AmendmentRecord, 'amendedAt'>, newOutcomeCode: string | null, requestId: string | undefined): Promise<AmendmentRecord> {
    const rows: AmendmentRow[] = await manager.query(
      `INSERT INTO ${this.tables.amendments} (id, interaction_id, changes, outcome_code, right_party_contact, reason, actor, request_id)
       VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, $8)
       RETURNING id, interaction_id, changes, right_party_contact, reason, actor, amended_at`,
      [amendment.amendmentId, amendment.interactionId, JSON.stringify(amendment.changes), newOutcomeCode, amendment.rightPartyContact, amendment.reason, amendment.actor, requestId ?? null],
    );

    return toAmendmentRecord(rows[0]);
  }
}

function jsonOrNull(value: object | null): string | null {
  return value === null ? null : JSON.stringify(value);
}
