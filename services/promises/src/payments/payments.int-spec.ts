import { DeadLetterHeaders, deadLetterTopicOf, PromiseEventTypes } from '@bitacora/contracts';
import { readTopic, waitFor } from '@bitacora/testing';
import { interactionWithPromise, newAccountId, outboxEventsOf, paymentReceived, paymentReversed, promiseStatus } from '../test/promises-fixtures';
import { startPromisesHarness, type PromisesHarness } from '../test/promises-harness';

describe('payments from the bank core', () => {
  let harness: PromisesHarness;

  beforeAll(async () => {
    harness = await startPromisesHarness();
  });

  afterAll(async () => {
    await harness.close();
  });

  async function promiseFromInteraction(accountId: string): Promise<string> {
    const interaction = interactionWithPromise(accountId);
    const promiseId = interaction.data.promises[0].promiseId;
    await harness.publish(harness.topics.interactions, [{ event: interaction }]);
    await waitFor(`promise ${promiseId}`, async () => (await promiseStatus(harness, promiseId)) === 'PENDING');
    return promiseId;
  }

  it('creates a promise from an interaction event', async () => {
    const accountId = newAccountId();
    const interaction = interactionWithPromise(accountId, { amount: '80000.50' });
    const promiseId = interaction.data.promises[0].promiseId;

    await harness.publish(harness.topics.interactions, [{ event: interaction }]);
    await waitFor('promise created', async () => (await promiseStatus(harness, promiseId)) !== undefined);
    const response = await harness.inject({ method: 'GET', url: `/internal/v1/promises/${promiseId}` });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      promiseId,
      accountId,
      debtorId: 'CC-1020304050',
      agentId: 'ag-17',
      interactionId: interaction.data.interactionId,
      status: 'PENDING',
      amount: '80000.50',
      currency: 'COP',
      createdBy: 'agent:ag-17',
    });
    const events = await outboxEventsOf(harness, accountId);
    expect(events.map((event) => event.type)).toEqual([PromiseEventTypes.promiseCreated]);
    expect(events[0]).toMatchObject({ actor: 'agent:ag-17', correlationid: interaction.id });
  });

  it('keeps a promise with a payment in time', async () => {
    const accountId = newAccountId();
    const promiseId = await promiseFromInteraction(accountId);

    const payment = paymentReceived({ accountId, amount: '200000.00' });
    await harness.publish(harness.topics.payments, [{ event: payment }]);
    await waitFor('promise kept', async () => (await promiseStatus(harness, promiseId)) === 'KEPT');

    const payments = await harness.inject({ method: 'GET', url: `/internal/v1/accounts/${accountId}/payments` });
    expect(payments.json()).toMatchObject({
      items: [
        {
          paymentId: payment.data.paymentId,
          status: 'APPLIED',
          amount: '200000.00',
          unallocatedAmount: '50000.00',
          allocations: [{ targetType: 'PROMISE', targetId: promiseId, amount: '150000.00', timing: 'ON_TIME' }],
        },
      ],
    });
    const paidAt = (payments.json() as { items: { paidAt: string }[] }).items[0].paidAt;
    const atPaid = await harness.inject({ method: 'GET', url: `/internal/v1/accounts/${accountId}/payments?to=${encodeURIComponent(paidAt)}` });
    const afterPaid = await harness.inject({ method: 'GET', url: `/internal/v1/accounts/${accountId}/payments?to=${new Date(Date.parse(paidAt) + 1).toISOString()}` });
    const noZone = await harness.inject({ method: 'GET', url: `/internal/v1/accounts/${accountId}/payments?to=2026-03-10T10:00:00` });
    expect(atPaid.json()).toMatchObject({ items: [] });
    expect(afterPaid.json()).toMatchObject({ items: [{ paymentId: payment.data.paymentId }] });
    expect(noZone.statusCode).toBe(400);
    const types = (await outboxEventsOf(harness, accountId)).map((event) => event.type);
    expect(types).toEqual([PromiseEventTypes.promiseCreated, PromiseEventTypes.paymentApplied, PromiseEventTypes.promiseKept]);
    const cancel = await harness.inject({ method: 'POST', url: `/internal/v1/promises/${promiseId}/cancel`, payload: { reason: 'x' }, headers: { 'x-actor': 'agent:ag-17' } });
    expect(cancel.statusCode).toBe(409);
    expect(cancel.json()).toMatchObject({ code: 'promises.PROMISE_NOT_PENDING', detail: expect.stringContaining('KEPT') });
  });

  it('publishes the kept promise to the promises topic', async () => {
    const accountId = newAccountId();
    const promiseId = await promiseFromInteraction(accountId);
    await harness.publish(harness.topics.payments, [{ event: paymentReceived({ accountId }) }]);

    const messages = await readTopic(harness.kafka, harness.topics.promises, (read) => read.some((message) => message.key === accountId && message.value.includes(PromiseEventTypes.promiseKept)));
    const kept = messages.find((message) => message.key === accountId && message.value.includes(PromiseEventTypes.promiseKept));

    expect(kept?.headers['content-type']).toBe('application/cloudevents+json; charset=UTF-8');
    expect(JSON.parse(kept?.value ?? '{}')).toMatchObject({ type: PromiseEventTypes.promiseKept, subject: promiseId, accountid: accountId, data: { status: 'KEPT' } });
  });

  it('ignores a duplicated payment', async () => {
    const accountId = newAccountId();
    const promiseId = await promiseFromInteraction(accountId);
    const payment = paymentReceived({ accountId, amount: '50000.00' });
    const samePaymentNewEvent = { ...payment, id: `${payment.id}-resent` };

    await harness.publish(harness.topics.payments, [{ event: payment }, { event: payment }, { event: samePaymentNewEvent }]);
    const marker = paymentReceived({ accountId, amount: '10000.00' });
    await harness.publish(harness.topics.payments, [{ event: marker }]);
    await waitFor('marker payment applied', async () => (await harness.rows('SELECT 1 FROM $schema.payments WHERE payment_id = $1', [marker.data.paymentId])).length === 1);

    const allocations = await harness.rows<{ amount: string }>('SELECT amount FROM $schema.allocations WHERE payment_id = $1', [payment.data.paymentId]);
    expect(allocations).toEqual([{ amount: '5000000' }]);
    const [promise] = await harness.rows<{ paid_amount: string; status: string }>('SELECT paid_amount, status FROM $schema.promises WHERE id = $1', [promiseId]);
    expect(promise).toEqual({ paid_amount: '6000000', status: 'PENDING' });
    const applied = (await outboxEventsOf(harness, accountId)).filter((event) => event.type === PromiseEventTypes.paymentApplied);
    expect(applied.map((event) => event.data.paymentId)).toEqual([payment.data.paymentId, marker.data.paymentId]);
  });

  it('applies a reversal that arrived before its payment', async () => {
    const accountId = newAccountId();
    const promiseId = await promiseFromInteraction(accountId);
    const payment = paymentReceived({ accountId });

    await harness.publish(harness.topics.payments, [{ event: paymentReversed(accountId, payment.data.paymentId) }]);
    await waitFor('reversal held', async () => (await harness.rows('SELECT 1 FROM $schema.pending_reversals WHERE payment_id = $1', [payment.data.paymentId])).length === 1);
    await harness.publish(harness.topics.payments, [{ event: payment }]);
    await waitFor('payment recorded', async () => (await harness.rows('SELECT 1 FROM $schema.payments WHERE payment_id = $1', [payment.data.paymentId])).length === 1);

    const [stored] = await harness.rows<{ status: string; unallocated_amount: string }>('SELECT status, unallocated_amount FROM $schema.payments WHERE payment_id = $1', [payment.data.paymentId]);
    expect(stored).toEqual({ status: 'REVERSED', unallocated_amount: '15000000' });
    expect(await harness.rows('SELECT 1 FROM $schema.allocations WHERE payment_id = $1', [payment.data.paymentId])).toEqual([]);
    expect(await harness.rows('SELECT 1 FROM $schema.pending_reversals WHERE payment_id = $1', [payment.data.paymentId])).toEqual([]);
    expect(await promiseStatus(harness, promiseId)).toBe('PENDING');
    const types = (await outboxEventsOf(harness, accountId)).map((event) => event.type);
    expect(types).toEqual([PromiseEventTypes.promiseCreated, PromiseEventTypes.paymentReversalHeld, PromiseEventTypes.paymentReversed]);
  });

  it('reopens a kept promise when its payment is reversed', async () => {
    const accountId = newAccountId();
    const promiseId = await promiseFromInteraction(accountId);
    const payment = paymentReceived({ accountId });
    await harness.publish(harness.topics.payments, [{ event: payment }]);
    await waitFor('promise kept', async () => (await promiseStatus(harness, promiseId)) === 'KEPT');

    await harness.publish(harness.topics.payments, [{ event: paymentReversed(accountId, payment.data.paymentId) }]);
    await waitFor('promise reopened', async () => (await promiseStatus(harness, promiseId)) === 'PENDING');

    const [allocation] = await harness.rows<{ reversed_at: Date | null }>('SELECT reversed_at FROM $schema.allocations WHERE payment_id = $1', [payment.data.paymentId]);
    expect(allocation.reversed_at).not.toBeNull();
    const types = (await outboxEventsOf(harness, accountId)).map((event) => event.type);
    expect(types.slice(-2)).toEqual([PromiseEventTypes.paymentReversed, PromiseEventTypes.promiseReopened]);
  });

  it('records a payment on an account with nothing open', async () => {
    const accountId = newAccountId();
    const payment = paymentReceived({ accountId, amount: '1234.56' });

    await harness.publish(harness.topics.payments, [{ event: payment }]);
    await waitFor('payment recorded', async () => (await harness.rows('SELECT 1 FROM $schema.payments WHERE payment_id = $1', [payment.data.paymentId])).length === 1);

    const payments = await harness.inject({ method: 'GET', url: `/internal/v1/accounts/${accountId}/payments` });
    expect(payments.json()).toMatchObject({ items: [{ paymentId: payment.data.paymentId, unallocatedAmount: '1234.56', allocations: [] }] });
  });

  it('dead-letters a poison payment and applies the next one', async () => {
    const accountId = newAccountId();
    const promiseId = await promiseFromInteraction(accountId);
    const unknownCurrency = paymentReceived({ accountId, currency: 'XAU' });
    const notJson = '{"specversion":"1.0",';
    const valid = paymentReceived({ accountId });

    await harness.publish(harness.topics.payments, [{ event: unknownCurrency }, { event: notJson, key: accountId }, { event: valid }]);
    await waitFor('promise kept by the valid payment', async () => (await promiseStatus(harness, promiseId)) === 'KEPT');

    const deadLetters = await readTopic(harness.kafka, deadLetterTopicOf(harness.topics.payments), (read) => read.filter((message) => message.key === accountId).length >= 2);
    const reasons = deadLetters.filter((message) => message.key === accountId).map((message) => message.headers[DeadLetterHeaders.reason]);
    expect(reasons.sort()).toEqual(['INVALID_JSON', 'PAYMENT_CURRENCY_NOT_ACCEPTED']);
    expect(await harness.rows('SELECT 1 FROM $schema.payments WHERE payment_id = $1', [unknownCurrency.data.paymentId])).toEqual([]);
  });
});
