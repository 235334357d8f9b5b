import type { PolicyDenialReason } from '@bitacora/contracts';
import { Language, translate } from '@bitacora/http';
import type { ContactAttempt, ContactDecision } from '../policy';
import { reasonMessageCode } from './reason-messages';

/** A stored contact-policy decision: a check a dialer asked for, or the judgment of a recorded interaction. */
export interface PolicyDecisionRecord {
  decisionId: string;
  origin: 'check' | 'interaction';
  interactionId: string | null;
  attempt: ContactAttempt;
  decision: ContactDecision;
  actor: string;
  decidedAt: Date;
}

export interface ReasonView extends PolicyDenialReason {
  message: string;
}

export interface PolicyDecisionView {
  decisionId: string;
  origin: 'check' | 'interaction';
  interactionId: string | null;
  debtorId: string;
  party: { id: string; role: string };
  channel: string;
  direction: string;
  purpose: string;
  accountIds: string[];
  instant: string;
  outcome: 'allowed' | 'denied';
  allowed: boolean;
  reasons: ReasonView[];
  nextAllowedAt: string | null;
  countsTowardLimits: boolean;
  appliedRules: { ruleId: string; ruleVersion: number }[];
  actor: string;
  decidedAt: string;
}

export function reasonsOf(decision: ContactDecision): PolicyDenialReason[] {
  return decision.reasons.map((reason) => ({ code: reason.code, ruleId: reason.ruleId, ruleVersion: reason.ruleVersion, details: { ...reason.details } }));
}

export function policyDecisionView(record: PolicyDecisionRecord, language: Language): PolicyDecisionView {
  const { attempt, decision } = record;

  return {
    decisionId: record.decisionId,
    origin: record.origin,
    interactionId: record.interactionId,
    debtorId: attempt.debtorId,
    party: { id: attempt.contactedPartyId, role: attempt.partyRole },
    channel: attempt.channel,
    direction: attempt.direction,
    purpose: attempt.purpose,
    accountIds: [...attempt.accountIds],
    instant: attempt.instant.toISOString(),
    outcome: decision.outcome,
    allowed: decision.outcome === 'allowed',
    reasons: reasonsOf(decision).map((reason) => ({ ...reason, message: translate(reasonMessageCode(reason.code), language, reason.details) })),
    nextAllowedAt: decision.nextAllowedAt?.toISOString() ?? null,
    countsTowardLimits: decision.countsTowardLimits,
    appliedRules: decision.appliedRules.map((rule) => ({ ruleId: rule.ruleId, ruleVersion: rule.ruleVersion })),
    actor: record.actor,
    decidedAt: record.decidedAt.toISOString(),
  };
}
