import type { DataSource } from 'typeorm';
import { PermanentMessageError, type ConsumedEvent } from '@bitacora/messaging';
import { applyPayment, reversePayment, type Decision, type PromisesSettings } from '../domain';
import { AccountWork } from '../accounts/account-work';
import { claimFreshEvents } from '../accounts/claim-fresh-events';
import { contextOfConsumed } from '../events/consumed-event-context';
import { lockAccounts } from '../persistence/account-locks';
import { findPaymentOwners, loadAccountStates } from '../persistence/load-account-states';
import { parsePaymentMessage, type PaymentMessage } from './payment-message';

/** Inbox consumer name of the payments handler; stable when the consumer group id changes. */
export const PAYMENTS_INBOX = 'promises.payments';

export interface PaymentBatchDependencies {
  dataSource: DataSource;
  schema: string;
  eventsTopic: string;
  settings: PromisesSettings;
  clock: () => Date;
}

/**
 * Applies a batch of core.payments.v1 events from one partition in one transaction. It claims
 * the inbox ids, then locks and loads every account of the batch with one query per table. The
 * domain runs on each account in batch order, and the changes and the outbox are written in
 * bulk. A redelivered event finds its inbox id and changes nothing, and a payment whose id is
 * already recorded is a duplicate for the domain. Returns the number of events applied.
 */
export async function applyPaymentBatch(dependencies: PaymentBatchDependencies, events: readonly ConsumedEvent[]): Promise<number> {
  const { dataSource, schema, eventsTopic, settings, clock } = dependencies;

  return dataSource.transaction(async (manager) => {
    const fresh = await claimFreshEvents(manager, schema, PAYMENTS_INBOX, events);
    const messages = fresh.map((consumed) => ({ consumed, message: parsePaymentMessage(consumed) }));
    if (messages.length === 0) {
      return 0;
    }

    const paymentIds = messages.map(({ message }) => message.paymentId);
    const owners = await findPaymentOwners(manager, schema, paymentIds);
    const accountIds = [...messages.map(({ message }) => message.accountId), ...owners.values()];
    await lockAccounts(manager, schema, accountIds);
    const work = new AccountWork(await loadAccountStates(manager, schema, accountIds, { paymentIds }), eventsTopic);

    const now = clock();
    for (const { consumed, message } of messages) {
      requireSameOwner(message, owners);
      if (message.kind === 'received') {
        work.paymentDetails.set(message.paymentId, message.details);
      }
      const decision = work.apply(message.accountId, (state) => decide(state, message, settings), contextOfConsumed(consumed, now), message.eventId);
      if (!decision.ok) {
        throw new PermanentMessageError('PAYMENT_REJECTED', describeRejection(message, decision));
      }
      owners.set(message.paymentId, message.accountId);
    }

    await work.commit(manager, schema, now);
    return messages.length;
  });
}

function decide(state: Parameters<typeof applyPayment>[0], message: PaymentMessage, settings: PromisesSettings): Decision {
  return message.kind === 'received' ? applyPayment(state, message.payment, settings) : reversePayment(state, message.reversal);
}

/** Rejects a payment or reversal that names another account than the one its payment id belongs to, an error in the bank's feed. */
function requireSameOwner(message: PaymentMessage, owners: ReadonlyMap<string, string>): void {
  const owner = owners.get(message.paymentId);
  if (owner === undefined || owner === message.accountId) {
    return;
  }
  throw new PermanentMessageError(
    'PAYMENT_ACCOUNT_MISMATCH',
    `Payment ${message.paymentId} belongs to account ${owner}, but this ${message.kind === 'received' ? 'payment' : 'reversal'} names account ${message.accountId}.`,
  );
}

function describeRejection(message: PaymentMessage, decision: Extract<Decision, { ok: false }>): string {
  const problems = decision.errors.map((error) => `${error.code} at ${error.field}: ${error.message}`).join('; ');
  return `Payment ${message.paymentId} on account ${message.accountId} was rejected: ${problems}`;
}
