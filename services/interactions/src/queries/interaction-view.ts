import type { AgreedPlanTerms, AgreedPromiseTerms, NextActionTerms, PolicyDenialReason } from '@bitacora/contracts';
import { applyAmendments, EffectiveValues, originalValues } from '../amendments/apply-amendments';
import { AmendmentRecord } from '../recording/interaction-record';
import { StoredInteraction } from '../recording/interactions.repository';

export interface AmendmentView {
  amendmentId: string;
  changes: AmendmentRecord['changes'];
  reason: string;
  actor: string;
  amendedAt: string;
}

/** An amendment in a debtor's list of amendments, naming the interaction it corrects. */
export interface DebtorAmendmentView extends AmendmentView {
  interactionId: string;
}

export function amendmentView(amendment: AmendmentRecord): AmendmentView {
  return {
    amendmentId: amendment.amendmentId,
    changes: amendment.changes,
    reason: amendment.reason,
    actor: amendment.actor,
    amendedAt: amendment.amendedAt.toISOString(),
  };
}

/** An interaction as the API returns it: the current values, and the original and amendments when it was corrected. */
export interface InteractionView extends EffectiveValues {
  interactionId: string;
  debtorId: string;
  accountIds: string[];
  party: { id: string; role: string };
  channel: string;
  direction: string;
  purpose: string;
  /** The instant written with the offset its source used. */
  occurredAt: string;
  agentId: string | null;
  automatedChannelId: string | null;
  sourceSystem: string;
  sourceReference: string;
  promises: AgreedPromiseTerms[];
  paymentPlan: AgreedPlanTerms | null;
  nextAction: NextActionTerms | null;
  policy: { decisionId: string; allowed: boolean; violation: boolean; reasons: PolicyDenialReason[] };
  amended: boolean;
  original: EffectiveValues | null;
  amendments: AmendmentView[];
  actor: string;
  recordedAt: string;
}

/** Writes `instant` as RFC 3339 local time at `offsetMinutes` from UTC, for example 2026-03-10T10:30:00.000-05:00. */
export function formatWithOffset(instant: Date, offsetMinutes: number): string {
  const local = new Date(instant.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 23);
  if (offsetMinutes === 0) {
    return `${local}Z`;
  }
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  const minutes = String(absolute % 60).padStart(2, '0');

  return `${local}${sign}${hours}:${minutes}`;
}

export function interactionView(stored: StoredInteraction, amendments: readonly AmendmentRecord[]): InteractionView {
  const { record } = stored;

  return {
    interactionId: record.interactionId,
    debtorId: record.debtorId,
    accountIds: record.accountIds,
    party: record.party,
    channel: record.channel,
    direction: record.direction,
    purpose: record.purpose,
    occurredAt: formatWithOffset(record.occurredAt, record.occurredAtOffsetMinutes),
    agentId: record.agentId,
    automatedChannelId: record.automatedChannelId,
    ...applyAmendments(record, amendments),
    sourceSystem: record.sourceSystem,
    sourceReference: record.sourceReference,
    promises: record.promises,
    paymentPlan: record.paymentPlan,
    nextAction: record.nextAction,
    policy: {
      decisionId: record.policyDecisionId,
      allowed: record.policyAllowed,
      violation: !record.policyAllowed && record.direction === 'outbound',
      reasons: stored.policyReasons,
    },
    amended: amendments.length > 0,
    original: amendments.length > 0 ? originalValues(record) : null,
    amendments: amendments.map(amendmentView),
    actor: record.actor,
    recordedAt: record.recordedAt.toISOString(),
  };
}
