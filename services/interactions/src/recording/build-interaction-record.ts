import { uuidv7 } from 'uuidv7';
import type { AgreedPlanTerms, AgreedPromiseTerms, NextActionTerms } from '@bitacora/contracts';
import type { OutcomeCode } from '../outcome-codes/outcome-code';
import type { ContactAttempt, ContactDecision } from '../policy';
import { utcOffsetMinutesOf } from '../shared/validators';
import { InteractionRecord } from './interaction-record';
import { RecordInteractionDto } from './record-interaction.dto';

export function attemptOf(input: RecordInteractionDto): ContactAttempt {
  return {
    debtorId: input.debtorId,
    contactedPartyId: input.party.id,
    partyRole: input.party.role,
    channel: input.channel,
    direction: input.direction,
    purpose: input.purpose,
    instant: new Date(input.occurredAt),
    accountIds: input.accountIds,
  };
}

/** Promise terms with their pre-assigned ids, so the promises service creates each promise from the event. */
export function promisesOf(input: RecordInteractionDto): AgreedPromiseTerms[] {
  return (input.promises ?? []).map((promise) => ({
    promiseId: uuidv7(),
    accountId: promise.accountId,
    amount: promise.amount,
    currency: promise.currency,
    dueDate: promise.dueDate,
    ...(promise.graceDays === undefined ? {} : { graceDays: promise.graceDays }),
  }));
}

export function paymentPlanOf(input: RecordInteractionDto): AgreedPlanTerms | null {
  const plan = input.paymentPlan;
  if (plan === undefined) {
    return null;
  }

  return {
    planId: uuidv7(),
    accountId: plan.accountId,
    currency: plan.currency,
    totalAmount: plan.totalAmount,
    ...(plan.downPayment === undefined ? {} : { downPayment: { amount: plan.downPayment.amount, dueDate: plan.downPayment.dueDate } }),
    ...(plan.annualInterestRate === undefined ? {} : { annualInterestRate: plan.annualInterestRate }),
    installments: plan.installments.map((installment) => ({ number: installment.number, dueDate: installment.dueDate, amount: installment.amount })),
  };
}

function nextActionOf(input: RecordInteractionDto): NextActionTerms | null {
  const next = input.nextAction;
  if (next === undefined) {
    return null;
  }

  return { dueAt: new Date(next.dueAt).toISOString(), action: next.action, ...(next.assigneeId === undefined ? {} : { assigneeId: next.assigneeId }), ...(next.notes === undefined ? {} : { notes: next.notes }) };
}

/**
 * The record of an interaction. It counts toward the limits when the engine judged it as an
 * outbound collection contact and its outcome is an attempt.
 */
export function buildInteractionRecord(
  input: RecordInteractionDto,
  ids: { interactionId: string; decisionId: string },
  outcome: OutcomeCode,
  decision: ContactDecision,
  actor: string,
): InteractionRecord {
  return {
    interactionId: ids.interactionId,
    debtorId: input.debtorId,
    accountIds: input.accountIds,
    party: { id: input.party.id, role: input.party.role },
    channel: input.channel,
    direction: input.direction,
    purpose: input.purpose,
    occurredAt: new Date(input.occurredAt),
    occurredAtOffsetMinutes: utcOffsetMinutesOf(input.occurredAt),
    durationSeconds: input.durationSeconds ?? null,
    agentId: input.agentId ?? null,
    automatedChannelId: input.automatedChannelId ?? null,
    outcomeCode: outcome.code,
    rightPartyContact: outcome.isRightPartyContact,
    countsTowardLimits: decision.countsTowardLimits && outcome.isAttempt,
    notes: input.notes ?? null,
    recordingReference: input.recordingReference ?? null,
    sourceSystem: input.sourceSystem,
    sourceReference: input.sourceReference,
    promises: promisesOf(input),
    paymentPlan: paymentPlanOf(input),
    nextAction: nextActionOf(input),
    policyDecisionId: ids.decisionId,
    policyAllowed: decision.outcome === 'allowed',
    actor,
    recordedAt: new Date(),
  };
}
