import { PaymentEventTypes, type PaymentReceivedData, type PaymentReversedData } from '@bitacora/contracts';
import { parseAmount } from '@bitacora/domain';
import { PermanentMessageError, type ConsumedEvent } from '@bitacora/messaging';
import type { PaymentReceived, PaymentReversal } from '../domain';
import type { PaymentDetails } from '../events/payment-event-data';
import { domainChannelOf } from '../persistence/rows';

/** A validated event of core.payments.v1 turned into the domain's terms. */
export type PaymentMessage =
  | { kind: 'received'; eventId: string; accountId: string; paymentId: string; payment: PaymentReceived; details: PaymentDetails }
  | { kind: 'reversed'; eventId: string; accountId: string; paymentId: string; reversal: PaymentReversal };

/**
 * Reads a payment event that already passed the contract's JSON Schema. Throws
 * PermanentMessageError for what the schema cannot express: a currency the platform does not
 * accept, more decimals than the currency has, or an event type this consumer has no handler for.
 */
export function parsePaymentMessage(consumed: ConsumedEvent): PaymentMessage {
  const { event } = consumed;
  if (event.type === PaymentEventTypes.received) {
    return parseReceived(event.id, event.data as PaymentReceivedData);
  }
  if (event.type === PaymentEventTypes.reversed) {
    const data = event.data as PaymentReversedData;
    return {
      kind: 'reversed',
      eventId: event.id,
      accountId: data.accountId,
      paymentId: data.paymentId,
      reversal: { paymentId: data.paymentId, reversedAt: new Date(data.reversedAt), reason: data.reason },
    };
  }
  throw new PermanentMessageError('UNHANDLED_EVENT_TYPE', `The promises service has no handler for ${event.type} on ${consumed.topic}.`);
}

function parseReceived(eventId: string, data: PaymentReceivedData): PaymentMessage {
  const amount = parseAmount(data.amount, data.currency);
  if (!amount.ok) {
    throw new PermanentMessageError(`PAYMENT_${amount.error.code}`, `Payment ${data.paymentId}: ${amount.error.message}`);
  }

  return {
    kind: 'received',
    eventId,
    accountId: data.accountId,
    paymentId: data.paymentId,
    payment: {
      paymentId: data.paymentId,
      accountId: data.accountId,
      amount: amount.value,
      currency: data.currency,
      paidAt: new Date(data.paidAt),
      valueDate: data.valueDate,
      channel: domainChannelOf(data.channel),
      bankReference: data.bankReference ?? null,
    },
    details: {
      eventId,
      debtorId: data.debtorId ?? null,
      channel: data.channel,
      branch: data.branch ?? null,
      correspondentAgent: data.correspondentAgent ?? null,
      valueDate: data.valueDate,
    },
  };
}
