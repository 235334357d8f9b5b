import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildAsyncApiDocument,
  createEvent,
  EVENT_CATALOG,
  EventValidator,
  MAX_EVENT_BYTES,
  PaymentEventTypes,
  Topics,
} from './index';

const validator = new EventValidator();

const payment = (data: Record<string, unknown>) =>
  createEvent({ type: PaymentEventTypes.received, source: 'urn:bank:core', accountId: 'CRED-1', data });

const goodPayment = {
  paymentId: 'PAY-1',
  accountId: 'CRED-1',
  amount: '150000.00',
  currency: 'COP',
  paidAt: '2026-03-10T15:42:10Z',
  valueDate: '2026-03-10',
  channel: 'pse',
};

describe('EventValidator', () => {
  it.each(EVENT_CATALOG.map((definition) => [definition.type, definition]))('accepts the catalog example of %s', (_type, definition) => {
    const event = createEvent({ type: definition.type, source: 'urn:test', data: definition.example });

    const outcome = validator.validate(definition.topic, Buffer.from(JSON.stringify(event)));

    expect(outcome).toEqual({ ok: true, event });
  });

  it.each([
    ['not JSON', Buffer.from('{"specversion":'), 'INVALID_JSON'],
    ['empty value', null, 'INVALID_JSON'],
    ['no envelope', Buffer.from(JSON.stringify(goodPayment)), 'INVALID_ENVELOPE'],
    ['unknown type', Buffer.from(JSON.stringify(createEvent({ type: 'co.collections.nope.v1', source: 'urn:x', data: {} }))), 'UNKNOWN_EVENT_TYPE'],
    ['negative amount', Buffer.from(JSON.stringify(payment({ ...goodPayment, amount: '-5.00' }))), 'INVALID_DATA'],
    ['amount as number', Buffer.from(JSON.stringify(payment({ ...goodPayment, amount: 150000 }))), 'INVALID_DATA'],
    ['unknown field', Buffer.from(JSON.stringify(payment({ ...goodPayment, extra: 1 }))), 'INVALID_DATA'],
    ['oversized', Buffer.alloc(MAX_EVENT_BYTES + 1, 0x20), 'MESSAGE_TOO_LARGE'],
  ])('rejects %s', (_case, value, code) => {
    const outcome = validator.validate(Topics.payments, value);

    expect(outcome).toMatchObject({ ok: false, code });
  });

  it('rejects an event on the wrong topic', () => {
    const outcome = validator.validate(Topics.interactions, Buffer.from(JSON.stringify(payment(goodPayment))));

    expect(outcome).toMatchObject({ ok: false, code: 'WRONG_TOPIC' });
  });

  it('applies the contract of the topic a derived name extends', () => {
    const outcome = validator.validate(`${Topics.payments}.test-3f9a`, Buffer.from(JSON.stringify(payment(goodPayment))));

    expect(outcome.ok).toBe(true);
  });

  it.each(['{"notes": Paga el viernes 3157778899}', 'tel 3157778899'])('hides the input of malformed JSON %s', (value) => {
    const outcome = validator.validate(Topics.payments, Buffer.from(value));

    expect(outcome).toMatchObject({ ok: false, code: 'INVALID_JSON' });
    expect(outcome.ok).toBe(false);
    expect(JSON.stringify(outcome)).not.toMatch(/3157778899|Paga/);
  });

  it('names the offending field', () => {
    const outcome = validator.validate(Topics.payments, Buffer.from(JSON.stringify(payment({ ...goodPayment, currency: 'pesos' }))));

    expect(outcome).toMatchObject({ ok: false, detail: expect.stringContaining('/currency') });
  });
});

describe('AsyncAPI document', () => {
  it('matches the committed docs/asyncapi.json', () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '../../../docs/asyncapi.json'), 'utf8'));

    expect(committed).toEqual(buildAsyncApiDocument());
  });

  it('lists every event type once', () => {
    const document = buildAsyncApiDocument() as { components: { messages: Record<string, { name: string }> } };
    const names = Object.values(document.components.messages).map((message) => message.name);

    expect(names.sort()).toEqual(EVENT_CATALOG.map((definition) => definition.type).sort());
  });
});
