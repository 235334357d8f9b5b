import { createEvent, DeadLetterHeaders, deadLetterTopicOf, eventDefinitionOf, InteractionEventTypes, PromiseEventTypes } from '@bitacora/contracts';
import { readTopic, waitFor } from '@bitacora/testing';
import { uuidv7 } from 'uuidv7';
import { bogotaDateIn, interactionWithPromise, newAccountId, outboxEventsOf, promiseStatus } from '../test/promises-fixtures';
import { startPromisesHarness, type PromisesHarness } from '../test/promises-harness';

describe('interactions consumer', () => {
  let harness: PromisesHarness;

  beforeAll(async () => {
    harness = await startPromisesHarness();
  });

  afterAll(async () => {
    await harness.close();
  });

  it('creates a payment plan agreed in an interaction', async () => {
    const accountId = newAccountId();
    const planId = uuidv7();
    const interaction = interactionWithPromise(accountId);
    interaction.data.promises = [];
    interaction.data.paymentPlan = {
      planId,
      accountId,
      currency: 'COP',
      totalAmount: '300000.00',
      downPayment: { amount: '100000.00', dueDate: bogotaDateIn(2) },
      installments: [
        { number: 1, dueDate: bogotaDateIn(32), amount: '100000.00' },
        { number: 2, dueDate: bogotaDateIn(62), amount: '100000.00' },
      ],
    };

    await harness.publish(harness.topics.interactions, [{ event: interaction }, { event: interaction }]);
    await waitFor('plan created', async () => (await harness.rows('SELECT 1 FROM $schema.payment_plans WHERE id = $1', [planId])).length === 1);

    const plan = await harness.inject({ method: 'GET', url: `/internal/v1/payment-plans/${planId}` });
    expect(plan.json()).toMatchObject({ status: 'ACTIVE', interactionId: interaction.data.interactionId, createdBy: 'agent:ag-17', installments: [{ number: 0 }, { number: 1 }, { number: 2 }] });
    expect((await outboxEventsOf(harness, accountId)).map((event) => event.type)).toEqual([PromiseEventTypes.planCreated]);
  });

  it('keeps two promises of one interaction on one account side by side', async () => {
    const accountId = newAccountId();
    const interaction = interactionWithPromise(accountId);
    const second = { ...interaction.data.promises[0], promiseId: uuidv7(), dueDate: bogotaDateIn(10) };
    interaction.data.promises.push(second);

    await harness.publish(harness.topics.interactions, [{ event: interaction }]);
    await waitFor('second promise created', async () => (await promiseStatus(harness, second.promiseId)) !== undefined);

    expect(await promiseStatus(harness, interaction.data.promises[0].promiseId)).toBe('PENDING');
    expect(await promiseStatus(harness, second.promiseId)).toBe('PENDING');
  });

  it('skips interaction events that carry no terms for this service', async () => {
    const accountId = newAccountId();
    const example = eventDefinitionOf(InteractionEventTypes.amended)?.example ?? {};
    const amended = createEvent({ type: InteractionEventTypes.amended, source: '/services/interactions', accountId, data: { ...example, accountIds: [accountId] } });
    const marker = interactionWithPromise(accountId);

    await harness.publish(harness.topics.interactions, [{ event: amended }, { event: marker }]);
    await waitFor('marker promise', async () => (await promiseStatus(harness, marker.data.promises[0].promiseId)) === 'PENDING');

    expect(await harness.rows('SELECT 1 FROM $schema.inbox WHERE event_id = $1', [amended.id])).toEqual([]);
  });

  it('dead-letters terms that break the rules', async () => {
    const accountId = newAccountId();
    const tooFar = interactionWithPromise(accountId, { dueDate: bogotaDateIn(500) });

    await harness.publish(harness.topics.interactions, [{ event: tooFar }]);
    const deadLetters = await readTopic(harness.kafka, deadLetterTopicOf(harness.topics.interactions), (read) => read.some((message) => message.key === accountId));

    const message = deadLetters.find((candidate) => candidate.key === accountId);
    expect(message?.headers[DeadLetterHeaders.reason]).toBe('TERMS_REJECTED');
    expect(message?.headers[DeadLetterHeaders.detail]).toContain('DUE_DATE_BEYOND_HORIZON');
    expect(await promiseStatus(harness, tooFar.data.promises[0].promiseId)).toBeUndefined();
  });
});
