import type { EntityManager } from 'typeorm';
import { appendToOutbox, type OutgoingEvent } from '@bitacora/messaging';
import { emptyAccountState, type AccountState, type Decision } from '../domain';
import type { EventContext } from '../events/event-context';
import type { PaymentDetails } from '../events/payment-event-data';
import { toOutgoingEvents } from '../events/to-outgoing-events';
import { AccountChanges } from '../persistence/account-changes';
import { writeAccountChanges } from '../persistence/write-account-changes';

/** Outbox rows per INSERT: five parameters each keeps a statement well under 65 535 parameters. */
const OUTBOX_CHUNK = 2000;

/**
 * One transaction's worth of domain decisions on locked, loaded accounts. Each accepted decision
 * replaces its account's state, its changes are collected, and its events are built; `commit`
 * writes all of it, and appends every event to the outbox, with a fixed number of statements.
 */
export class AccountWork {
  readonly changes = new AccountChanges();
  readonly outgoing: OutgoingEvent[] = [];
  /** Bank event facts of the payments recorded in this unit, by payment id. */
  readonly paymentDetails = new Map<string, PaymentDetails>();
  /** Portfolio of the promises and plans created in this unit, by id. */
  readonly portfolios = new Map<string, string>();

  constructor(
    private readonly states: Map<string, AccountState>,
    private readonly eventsTopic: string,
  ) {}

  stateOf(accountId: string): AccountState {
    return this.states.get(accountId) ?? emptyAccountState(accountId);
  }

  /** Runs a decision on an account's current state; an accepted one becomes the account's new state. */
  apply(accountId: string, decide: (state: AccountState) => Decision, context: EventContext, eventId: string): Decision {
    const before = this.stateOf(accountId);
    const decision = decide(before);
    if (!decision.ok) {
      return decision;
    }

    this.changes.record(before, decision.state, context.actor, eventId);
    this.outgoing.push(...toOutgoingEvents({ before, after: decision.state, events: decision.events, context }, this.eventsTopic, this.lookups()));
    this.states.set(accountId, decision.state);
    return decision;
  }

  async commit(manager: EntityManager, schema: string, now: Date): Promise<void> {
    await writeAccountChanges(manager, schema, this.changes, this.lookups(), now);
    for (let start = 0; start < this.outgoing.length; start += OUTBOX_CHUNK) {
      await appendToOutbox(manager, schema, this.outgoing.slice(start, start + OUTBOX_CHUNK));
    }
  }

  private lookups() {
    return {
      paymentDetails: (paymentId: string) => this.paymentDetails.get(paymentId),
      portfolioOf: (id: string) => this.portfolios.get(id) ?? null,
    };
  }
}
