import type { AgreedPlanTerms, AgreedPromiseTerms, Channel, Direction, NextActionTerms, PartyRole, PolicyDenialReason, Purpose } from '@bitacora/contracts';
import { AmendmentRecord, InteractionRecord } from './interaction-record';

export interface InteractionRow {
  id: string;
  debtor_id: string;
  account_ids: string[];
  party_id: string;
  party_role: PartyRole;
  channel: Channel;
  direction: Direction;
  purpose: Purpose;
  occurred_at: Date;
  occurred_at_offset_minutes: number;
  duration_seconds: number | null;
  agent_id: string | null;
  automated_channel_id: string | null;
  outcome_code: string;
  right_party_contact: boolean;
  counts_toward_limits: boolean;
  notes: string | null;
  recording_reference: string | null;
  source_system: string;
  source_reference: string;
  promises: AgreedPromiseTerms[];
  payment_plan: AgreedPlanTerms | null;
  next_action: NextActionTerms | null;
  policy_decision_id: string;
  policy_allowed: boolean;
  actor: string;
  recorded_at: Date;
  /** Joined from policy_decisions. */
  policy_reasons: PolicyDenialReason[];
}

export interface AmendmentRow {
  id: string;
  interaction_id: string;
  changes: AmendmentRecord['changes'];
  right_party_contact: boolean | null;
  reason: string;
  actor: string;
  amended_at: Date;
}

/** Columns of an interaction row with the reasons of its policy decision; `i` and `d` are the aliases. */
export const INTERACTION_COLUMNS = 'i.*, d.reasons AS policy_reasons';

export function toInteractionRecord(row: InteractionRow): InteractionRecord {
  return {
    interactionId: row.id,
    debtorId: row.debtor_id,
    accountIds: row.account_ids,
    party: { id: row.party_id, role: row.party_role },
    channel: row.channel,
    direction: row.direction,
    purpose: row.purpose,
    occurredAt: row.occurred_at,
    occurredAtOffsetMinutes: row.occurred_at_offset_minutes,
    durationSeconds: row.duration_seconds,
    agentId: row.agent_id,
    automatedChannelId: row.automated_channel_id,
    outcomeCode: row.outcome_code,
    rightPartyContact: row.right_party_contact,
    countsTowardLimits: row.counts_toward_limits,
    notes: row.notes,
    recordingReference: row.recording_reference,
    sourceSystem: row.source_system,
    sourceReference: row.source_reference,
    promises: row.promises,
    paymentPlan: row.payment_plan,
    nextAction: row.next_action,
    policyDecisionId: row.policy_decision_id,
    policyAllowed: row.policy_allowed,
    actor: row.actor,
    recordedAt: row.recorded_at,
  };
}

export function toAmendmentRecord(row: AmendmentRow): AmendmentRecord {
  return {
    amendmentId: row.id,
    interactionId: row.interaction_id,
    changes: row.changes,
    rightPartyContact: row.right_party_contact,
    reason: row.reason,
    actor: row.actor,
    amendedAt: row.amended_at,
  };
}
