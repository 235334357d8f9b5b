import { createEvent, PromiseEventTypes } from '@bitacora/contracts';
import type { OutgoingEvent } from '@bitacora/messaging';
import { findPlan, findPromise, type AccountState, type PaymentPlan, type PaymentPromise, type PromisesDomainEvent } from '../domain';
import { EVENT_SOURCE, type EventContext } from './event-context';
import { paymentAppliedData, paymentReversalAppliedData, paymentReversalHeldData, type PaymentDetails } from './payment-event-data';
import { installmentChangedData, planCreatedData, planStatusChangedData } from './plan-event-data';
import { promiseStateData } from './promise-event-data';

/** One accepted domain decision on one account, with the states around it. */
export interface DecisionOutcome {
  before: AccountState;
  after: AccountState;
  events: readonly PromisesDomainEvent[];
  context: EventContext;
}

/** Facts the domain records do not carry, looked up while building event data. */
export interface EventLookups {
  paymentDetails(paymentId: string): PaymentDetails | undefined;
  portfolioOf(promiseOrPlanId: string): string | null;
}

interface EventBody {
  type: string;
  subject: string;
  data: object;
  debtorId?: string;
}

/** Turns a decision's domain events into CloudEvents for the outbox, in the order they happened. */
export function toOutgoingEvents(outcome: DecisionOutcome, topic: string, lookups: EventLookups): OutgoingEvent[] {
  const { context, after } = outcome;
  return outcome.events.map((domainEvent) => {
    const body = eventBody(domainEvent, outcome, lookups);
    const event = createEvent({
      type: body.type,
      source: EVENT_SOURCE,
      subject: body.subject,
      data: body.data,
      accountId: after.accountId,
      debtorId: body.debtorId,
      actor: context.actor,
      correlationId: context.correlationId,
      traceparent: context.traceparent,
      time: context.decidedAt,
    });
    return { topic, event };
  });
}

function eventBody(domainEvent: PromisesDomainEvent, outcome: DecisionOutcome, lookups: EventLookups): EventBody {
  const { before, after, context } = outcome;
  switch (domainEvent.type) {
    case 'PromiseCreated':
      return promiseBody(PromiseEventTypes.promiseCreated, domainEvent.promise, {
        status: 'PENDING',
        changedAt: domainEvent.promise.createdAt,
        portfolioId: lookups.portfolioOf(domainEvent.promise.id),
      });
    case 'PromiseKept':
      return promiseBody(PromiseEventTypes.promiseKept, requirePromise(after, domainEvent.promiseId), {
        status: 'KEPT',
        changedAt: domainEvent.keptAt,
        paidAmount: domainEvent.paidAmount,
        previousStatus: domainEvent.previousStatus,
        paymentId: domainEvent.paymentId,
      });
    case 'PromiseBroken':
      return promiseBody(PromiseEventTypes.promiseBroken, requirePromise(after, domainEvent.promiseId), {
        status: 'BROKEN',
        changedAt: domainEvent.brokenAt,
        paidAmount: domainEvent.paidAmount,
        previousStatus: domainEvent.previousStatus,
        paymentId: domainEvent.reversedPaymentId,
      });
    case 'PromiseReopened':
      return promiseBody(PromiseEventTypes.promiseReopened, requirePromise(after, domainEvent.promiseId), {
        status: 'PENDING',
        changedAt: domainEvent.reopenedAt,
        paidAmount: domainEvent.paidAmount,
        previousStatus: 'KEPT',
        paymentId: domainEvent.reversedPaymentId,
      });
    case 'PromiseCancelled':
      return promiseBody(PromiseEventTypes.promiseCancelled, requirePromise(after, domainEvent.promiseId), {
        status: 'CANCELLED',
        changedAt: domainEvent.cancelledAt,
        previousStatus: requirePromise(before, domainEvent.promiseId).status,
        reason: domainEvent.reason,
      });
    case 'PromiseSuperseded':
      return promiseBody(PromiseEventTypes.promiseSuperseded, requirePromise(after, domainEvent.promiseId), {
        status: 'SUPERSEDED',
        changedAt: domainEvent.supersededAt,
        previousStatus: 'PENDING',
        supersededByPromiseId: domainEvent.supersededByPromiseId,
      });
    case 'PaymentPlanCreated':
      return {
        type: PromiseEventTypes.planCreated,
        subject: domainEvent.plan.id,
        debtorId: domainEvent.plan.debtorId,
        data: planCreatedData(domainEvent.plan, lookups.portfolioOf(domainEvent.plan.id)),
      };
    case 'InstallmentKept':
      return installmentBody(PromiseEventTypes.installmentKept, after, domainEvent.planId, domainEvent.installmentId, {
        status: 'KEPT',
        previousStatus: domainEvent.previousStatus,
        paidAmount: domainEvent.paidAmount,
        changedAt: domainEvent.keptAt,
        paymentId: domainEvent.paymentId,
      });
    case 'InstallmentMissed':
      return installmentBody(PromiseEventTypes.installmentMissed, after, domainEvent.planId, domainEvent.installmentId, {
        status: 'MISSED',
        previousStatus: domainEvent.previousStatus,
        paidAmount: domainEvent.paidAmount,
        changedAt: domainEvent.missedAt,
        paymentId: domainEvent.reversedPaymentId,
      });
    case 'InstallmentReopened':
      return installmentBody(PromiseEventTypes.installmentReopened, after, domainEvent.planId, domainEvent.installmentId, {
        status: 'PENDING',
        previousStatus: 'KEPT',
        paidAmount: domainEvent.paidAmount,
        changedAt: domainEvent.reopenedAt,
        paymentId: domainEvent.reversedPaymentId,
      });
    case 'PlanCompleted':
      return planStatusBody(PromiseEventTypes.planCompleted, outcome, domainEvent.planId, 'COMPLETED', domainEvent.completedAt);
    case 'PlanDefaulted':
      return planStatusBody(PromiseEventTypes.planDefaulted, outcome, domainEvent.planId, 'DEFAULTED', domainEvent.defaultedAt);
    case 'PlanReactivated':
      return planStatusBody(PromiseEventTypes.planReactivated, outcome, domainEvent.planId, 'ACTIVE', domainEvent.reactivatedAt, undefined, domainEvent.previousStatus);
    case 'PlanCancelled':
      return planStatusBody(PromiseEventTypes.planCancelled, outcome, domainEvent.planId, 'CANCELLED', domainEvent.cancelledAt, domainEvent.reason);
    case 'PaymentApplied': {
      const details = lookups.paymentDetails(domainEvent.paymentId);
      if (details === undefined) {
        throw new Error(`Payment ${domainEvent.paymentId} was applied without the details of its bank event.`);
      }
      return {
        type: PromiseEventTypes.paymentApplied,
        subject: domainEvent.paymentId,
        debtorId: details.debtorId ?? undefined,
        data: paymentAppliedData(domainEvent, details, context.decidedAt),
      };
    }
    case 'PaymentReversed':
      return { type: PromiseEventTypes.paymentReversed, subject: domainEvent.paymentId, data: paymentReversalAppliedData(domainEvent, context.decidedAt) };
    case 'PaymentReversalHeld':
      return {
        type: PromiseEventTypes.paymentReversalHeld,
        subject: domainEvent.paymentId,
        data: paymentReversalHeldData(domainEvent, after.accountId, context.decidedAt),
      };
  }
}

function promiseBody(type: string, promise: PaymentPromise, change: Parameters<typeof promiseStateData>[1]): EventBody {
  return { type, subject: promise.id, debtorId: promise.debtorId, data: promiseStateData(promise, change) };
}

function installmentBody(
  type: string,
  state: AccountState,
  planId: string,
  installmentId: string,
  change: Parameters<typeof installmentChangedData>[2],
): EventBody {
  const plan = requirePlan(state, planId);
  const installment = plan.installments.find((candidate) => candidate.id === installmentId);
  if (installment === undefined) {
    throw new Error(`Installment ${installmentId} is not part of plan ${planId}.`);
  }
  return { type, subject: plan.id, debtorId: plan.debtorId, data: installmentChangedData(plan, installment, change) };
}

function planStatusBody(
  type: string,
  outcome: DecisionOutcome,
  planId: string,
  status: PaymentPlan['status'],
  changedAt: Date,
  reason?: string,
  previousStatus?: PaymentPlan['status'],
): EventBody {
  const plan = requirePlan(outcome.after, planId);
  const previous = previousStatus ?? findPlan(outcome.before, planId)?.status ?? 'ACTIVE';
  return { type, subject: plan.id, debtorId: plan.debtorId, data: planStatusChangedData(plan, { status, previousStatus: previous, changedAt, reason }) };
}

function requirePromise(state: AccountState, promiseId: string): PaymentPromise {
  const promise = findPromise(state, promiseId);
  if (promise === undefined) {
    throw new Error(`Promise ${promiseId} is not in the state of account ${state.accountId}.`);
  }
  return promise;
}

function requirePlan(state: AccountState, planId: string): PaymentPlan {
  const plan = findPlan(state, planId);
  if (plan === undefined) {
    throw new Error(`Plan ${planId} is not in the state of account ${state.accountId}.`);
  }
  return plan;
}
