import { createEvent, PaymentEventTypes, type CloudEvent } from '@bitacora/contracts';
import { PermanentMessageError, type ConsumedEvent } from '@bitacora/messaging';
import { parsePaymentMessage } from './payment-message';

const consumed = (event: CloudEvent): ConsumedEvent => ({ event, topic: 'core.payments.v1', partition: 0, offset: '7', key: 'CRED-1', headers: {} });

const received = (data: Record<string, unknown>) =>
  consumed(
    createEvent({
      type: PaymentEventTypes.received,
      source: 'urn:bank:core',
      data: { paymentId: 'PAY-1', accountId: 'CRED-1', amount: '150000.5', currency: 'COP', paidAt: '2026-03-10T15:42:10Z', valueDate: '2026-03-10', channel: 'cash', ...data },
    }),
  );

describe('parsePaymentMessage', () => {
  it('reads a payment in minor units and keeps the bank’s channel', () => {
    const message = parsePaymentMessage(received({ debtorId: 'CC-1', bankReference: 'REF-9' }));

    expect(message).toMatchObject({
      kind: 'received',
      accountId: 'CRED-1',
      payment: { amount: 15000050n, paidAt: new Date('2026-03-10T15:42:10Z'), channel: 'OTHER', bankReference: 'REF-9' },
      details: { channel: 'cash', debtorId: 'CC-1', valueDate: '2026-03-10' },
    });
  });

  it('reads a reversal', () => {
    const event = createEvent({ type: PaymentEventTypes.reversed, source: 'urn:bank:core', data: { paymentId: 'PAY-1', accountId: 'CRED-1', reversedAt: '2026-03-11T09:00:00Z', reason: 'Cheque devuelto' } });

    expect(parsePaymentMessage(consumed(event))).toEqual({
      kind: 'reversed',
      eventId: event.id,
      accountId: 'CRED-1',
      paymentId: 'PAY-1',
      reversal: { paymentId: 'PAY-1', reversedAt: new Date('2026-03-11T09:00:00Z'), reason: 'Cheque devuelto' },
    });
  });

  it.each([
    ['a currency the platform does not accept', { currency: 'XAU' }, 'PAYMENT_CURRENCY_NOT_ACCEPTED'],
    ['more decimals than the currency has', { amount: '10.505' }, 'PAYMENT_AMOUNT_TOO_MANY_DECIMALS'],
  ])('rejects %s for good', (_case, data, code) => {
    expect(() => parsePaymentMessage(received(data))).toThrow(expect.objectContaining({ name: PermanentMessageError.name, code }));
  });

  it('rejects an event type it has no handler for', () => {
    const event = createEvent({ type: 'co.collections.promise.created.v1', source: 'urn:x', data: {} });

    expect(() => parsePaymentMessage(consumed(event))).toThrow(expect.objectContaining({ code: 'UNHANDLED_EVENT_TYPE' }));
  });
});
