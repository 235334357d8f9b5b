import type { DataSource } from 'typeorm';
import { InteractionEventTypes, type InteractionRecordedData } from '@bitacora/contracts';
import { PermanentMessageError, type ConsumedEvent } from '@bitacora/messaging';
import { createPaymentPlan, createPromise, type Decision, type PromisesSettings } from '../domain';
import type { BusinessCalendar } from '../domain';
import { AccountWork } from '../accounts/account-work';
import { claimFreshEvents } from '../accounts/claim-fresh-events';
import { contextOfConsumed } from '../events/consumed-event-context';
import { lockAccounts } from '../persistence/account-locks';
import { loadAccountStates } from '../persistence/load-account-states';
import { termsOfInteraction, type InteractionTerms } from './interaction-terms';

/** Inbox consumer name of the interactions handler; stable when the consumer group id changes. */
export const INTERACTIONS_INBOX = 'promises.interactions';

export interface InteractionBatchDependencies {
  dataSource: DataSource;
  schema: string;
  eventsTopic: string;
  settings: PromisesSettings;
  calendar: BusinessCalendar;
  clock: () => Date;
}

/**
 * Creates the promises and plans that a batch of interaction.recorded events carries, in one
 * transaction with their inbox ids. Other event types of the interactions topic concern other
 * services and are skipped. Each promise and plan keeps the id the interactions service gave it,
 * so a redelivery is a duplicate for the domain as well as for the inbox. Returns the number of
 * interactions that carried terms.
 */
export async function recordInteractionTerms(dependencies: InteractionBatchDependencies, events: readonly ConsumedEvent[]): Promise<number> {
  const { dataSource, schema, eventsTopic, clock } = dependencies;
  const recorded = events.filter((consumed) => consumed.event.type === InteractionEventTypes.recorded);
  if (recorded.length === 0) {
    return 0;
  }

  return dataSource.transaction(async (manager) => {
    const fresh = await claimFreshEvents(manager, schema, INTERACTIONS_INBOX, recorded);
    const withTerms = fresh
      .map((consumed) => ({ consumed, terms: termsOfInteraction(consumed.event.data as InteractionRecordedData) }))
      .filter(({ terms }) => terms.promises.length > 0 || terms.plan !== null);
    if (withTerms.length === 0) {
      return 0;
    }

    const accountIds = withTerms.flatMap(({ terms }) => [...terms.promises.map((promise) => promise.accountId), ...(terms.plan ? [terms.plan.accountId] : [])]);
    await lockAccounts(manager, schema, accountIds);
    const states = await loadAccountStates(manager, schema, accountIds, {
      promiseIds: withTerms.flatMap(({ terms }) => terms.promises.map((promise) => promise.promiseId)),
      planIds: withTerms.flatMap(({ terms }) => (terms.plan ? [terms.plan.planId] : [])),
    });
    const work = new AccountWork(states, eventsTopic);

    const now = clock();
    for (const { consumed, terms } of withTerms) {
      applyTerms(work, consumed, terms, dependencies, now);
    }
    await work.commit(manager, schema, now);
    return withTerms.length;
  });
}

function applyTerms(work: AccountWork, consumed: ConsumedEvent, terms: InteractionTerms, dependencies: InteractionBatchDependencies, now: Date): void {
  const { settings, calendar } = dependencies;
  const context = contextOfConsumed(consumed, now);
  const creation = { settings, calendar, now: terms.agreedAt };
  const accountsWithPromise = new Set<string>();

  for (const command of terms.promises) {
    // Promises agreed in the same interaction on the same account stand together: only the
    // first one replaces the promises made before it.
    const supersede = settings.supersedePendingPromises && !accountsWithPromise.has(command.accountId);
    accountsWithPromise.add(command.accountId);
    const decision = work.apply(command.accountId, (state) => createPromise(state, command, { ...creation, settings: { ...settings, supersedePendingPromises: supersede } }), context, consumed.event.id);
    requireAccepted(decision, terms, `promise ${command.promiseId}`);
  }

  if (terms.plan !== null) {
    const plan = terms.plan;
    const decision = work.apply(plan.accountId, (state) => createPaymentPlan(state, plan, creation), context, consumed.event.id);
    requireAccepted(decision, terms, `plan ${plan.planId}`);
  }
}

function requireAccepted(decision: Decision, terms: InteractionTerms, what: string): void {
  if (decision.ok) {
    return;
  }
  const problems = decision.errors.map((error) => `${error.code} at ${error.field}: ${error.message}`).join('; ');
  throw new PermanentMessageError('TERMS_REJECTED', `Interaction ${terms.interactionId}: ${what} was rejected: ${problems}`);
}
