import { ContactPolicyViolationDetectedData, InteractionEventTypes, InteractionRecordedData } from '@bitacora/contracts';
import type { ContactDecision } from '../policy';
import { reasonsOf } from '../policy-checks/policy-decision';
import type { PendingEvent } from '../shared/event-writer';
import type { InteractionRecord } from './interaction-record';

function optional<Key extends string, Value>(key: Key, value: Value | null): Partial<Record<Key, Value>> {
  return value === null ? {} : ({ [key]: value } as Record<Key, Value>);
}

export function recordedEvent(record: InteractionRecord, decision: ContactDecision): PendingEvent {
  const data: InteractionRecordedData = {
    interactionId: record.interactionId,
    debtorId: record.debtorId,
    accountIds: record.accountIds,
    party: record.party,
    channel: record.channel,
    direction: record.direction,
    purpose: record.purpose,
    occurredAt: record.occurredAt.toISOString(),
    ...optional('durationSeconds', record.durationSeconds),
    ...optional('agentId', record.agentId),
    ...optional('automatedChannelId', record.automatedChannelId),
    outcomeCode: record.outcomeCode,
    rightPartyContact: record.rightPartyContact,
    ...optional('notes', record.notes),
    ...optional('recordingReference', record.recordingReference),
    sourceSystem: record.sourceSystem,
    sourceReference: record.sourceReference,
    policy: { allowed: decision.outcome === 'allowed', reasons: decision.reasons.map((reason) => reason.code), decisionId: record.policyDecisionId },
    promises: record.promises,
    ...optional('paymentPlan', record.paymentPlan),
    ...optional('nextAction', record.nextAction),
    recordedAt: record.recordedAt.toISOString(),
  };

  return { type: InteractionEventTypes.recorded, data, debtorId: record.debtorId, accountId: record.accountIds[0], subject: record.interactionId };
}

/** The violation an outbound contact raises when it was made although the policy denies it. */
export function violationEvent(record: InteractionRecord, decision: ContactDecision): PendingEvent | undefined {
  if (decision.outcome === 'allowed' || record.direction !== 'outbound') {
    return undefined;
  }
  const data: ContactPolicyViolationDetectedData = {
    decisionId: record.policyDecisionId,
    interactionId: record.interactionId,
    debtorId: record.debtorId,
    party: record.party,
    channel: record.channel,
    direction: record.direction,
    purpose: record.purpose,
    accountIds: record.accountIds,
    occurredAt: record.occurredAt.toISOString(),
    ...optional('agentId', record.agentId),
    ...optional('automatedChannelId', record.automatedChannelId),
    sourceSystem: record.sourceSystem,
    sourceReference: record.sourceReference,
    reasons: reasonsOf(decision),
    appliedRules: decision.appliedRules.map((rule) => ({ ruleId: rule.ruleId, ruleVersion: rule.ruleVersion })),
    detectedAt: record.recordedAt.toISOString(),
  };

  return { type: InteractionEventTypes.policyViolationDetected, data, debtorId: record.debtorId, accountId: record.accountIds[0], subject: record.interactionId };
}
