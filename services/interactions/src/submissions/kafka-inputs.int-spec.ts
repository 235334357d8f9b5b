import type { Producer } from 'kafkajs';
import { uuidv7 } from 'uuidv7';
import { CLOUDEVENTS_CONTENT_TYPE, createEvent, DeadLetterHeaders, deadLetterTopicOf, InteractionCommandTypes, PromiseEventTypes } from '@bitacora/contracts';
import { readTopic, waitFor } from '@bitacora/testing';
import { AGENT, InteractionsHarness, startInteractions } from '../test/interactions-harness';
import { consent, newDebtor, phoneCall } from '../test/fixtures';

type Page = { items: { interactionId: string; sourceReference: string; actor: string; policy: { allowed: boolean } }[] };

describe('Kafka inputs', () => {
  let harness: InteractionsHarness;
  let producer: Producer;

  beforeAll(async () => {
    harness = await startInteractions({ CONTACT_POLICY_SETTINGS: JSON.stringify({ pendingPromise: { version: 2, promisePendingBlocksContact: true } }) });
    producer = harness.kafka.producer();
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await harness?.stop();
  });

  async function publish(topic: string, event: ReturnType<typeof createEvent>, key: string): Promise<void> {
    await producer.send({ topic, messages: [{ key, value: JSON.stringify(event), headers: { 'content-type': CLOUDEVENTS_CONTENT_TYPE } }] });
  }

  function submission(data: Record<string, unknown>) {
    return createEvent({ type: InteractionCommandTypes.submit, source: 'urn:dialer:ivr', actor: 'client:dialer-ivr', data });
  }

  it('records a resubmitted command once', async () => {
    const debtor = newDebtor();
    await harness.request('POST', `/v1/debtors/${debtor.debtorId}/consents`, consent(debtor.debtorId, 'automated_voice'), AGENT);
    const call = phoneCall(debtor, { channel: 'automated_voice', outcomeCode: 'NO_ANSWER', automatedChannelId: 'ivr-2' });
    delete call.agentId;
    const command = submission(call);
    const resent = submission(call);

    // A later command on the same key, so on the same partition: once it is recorded, the three before it were handled.
    const sentinelDebtor = newDebtor();
    const sentinel = submission({ ...call, debtorId: sentinelDebtor.debtorId, accountIds: [], party: { id: sentinelDebtor.debtorId, role: 'debtor' }, sourceReference: sentinelDebtor.reference('CALL') });

    await publish(harness.topics.submissions, command, debtor.accountId);
    await publish(harness.topics.submissions, command, debtor.accountId);
    await publish(harness.topics.submissions, resent, debtor.accountId);
    await publish(harness.topics.submissions, sentinel, debtor.accountId);

    await waitFor('the sentinel submission', async () => {
      const response = await harness.request<Page>('GET', `/v1/debtors/${sentinelDebtor.debtorId}/interactions`);
      return response.body.items.length > 0;
    });
    const page = await harness.request<Page>('GET', `/v1/debtors/${debtor.debtorId}/interactions`);
    const inbox = await harness.sql<{ event_id: string }>(`SELECT event_id FROM "${harness.db.schema}".inbox WHERE consumer = 'interaction-submissions' ORDER BY processed_at`);
    expect(page.body.items).toEqual([expect.objectContaining({ sourceReference: debtor.reference('CALL'), actor: 'client:dialer-ivr', policy: expect.objectContaining({ allowed: true }) })]);
    expect(inbox.map((row) => row.event_id)).toEqual([command.id, sentinel.id]);
  });

  it('dead-letters invalid submissions', async () => {
    const debtor = newDebtor();
    const unknownOutcome = submission(phoneCall(debtor, { outcomeCode: 'NOT_IN_CATALOG' }));
    const badShape = createEvent({ type: InteractionCommandTypes.submit, source: 'urn:dialer:ivr', data: { debtorId: debtor.debtorId } });

    await publish(harness.topics.submissions, unknownOutcome, debtor.accountId);
    await publish(harness.topics.submissions, badShape, debtor.accountId);

    const dead = await readTopic(harness.kafka, deadLetterTopicOf(harness.topics.submissions), (messages) => messages.length >= 2);
    const reasons = Object.fromEntries(dead.map((message) => [JSON.parse(message.value).id, message.headers[DeadLetterHeaders.reason]]));
    expect(reasons).toEqual({ [unknownOutcome.id]: 'interaction.invalid', [badShape.id]: 'INVALID_DATA' });
    const detail = dead.find((message) => JSON.parse(message.value).id === unknownOutcome.id)?.headers[DeadLetterHeaders.detail];
    expect(detail).toContain('field.outcome_unknown');
  });

  it('pending promise pauses collection', async () => {
    const debtor = newDebtor();
    await harness.request('POST', `/v1/debtors/${debtor.debtorId}/consents`, consent(debtor.debtorId, 'phone_call'), AGENT);
    const state = {
      promiseId: uuidv7(),
      debtorId: debtor.debtorId,
      accountId: debtor.accountId,
      status: 'PENDING',
      amount: '150000.00',
      paidAmount: '0.00',
      currency: 'COP',
      dueDate: '2026-03-13',
      graceDays: 2,
      changedAt: '2026-03-09T15:00:00Z',
    };
    const checkBody = { debtorId: debtor.debtorId, party: { role: 'debtor' }, channel: 'phone_call', purpose: 'collection', accountIds: [debtor.accountId], instant: '2026-03-10T10:00:00-05:00' };
    const created = createEvent({ type: PromiseEventTypes.promiseCreated, source: 'urn:bitacora:promises', accountId: debtor.accountId, debtorId: debtor.debtorId, data: state });

    await publish(harness.topics.promises, created, debtor.accountId);
    await publish(harness.topics.promises, created, debtor.accountId);
    const denied = await waitFor('the pending promise to pause contact', async () => {
      const response = await harness.request<{ reasons: { code: string }[]; nextAllowedAt: string }>('POST', '/v1/contact-policy/checks', checkBody, AGENT);
      return response.body.reasons.length > 0 ? response.body : undefined;
    });
    const kept = createEvent({ type: PromiseEventTypes.promiseKept, source: 'urn:bitacora:promises', accountId: debtor.accountId, debtorId: debtor.debtorId, data: { ...state, status: 'KEPT', paidAmount: '150000.00', changedAt: '2026-03-09T18:00:00Z' } });
    await publish(harness.topics.promises, kept, debtor.accountId);
    const allowed = await waitFor('the kept promise to release contact', async () => {
      const response = await harness.request<{ outcome: string }>('POST', '/v1/contact-policy/checks', checkBody, AGENT);
      return response.body.outcome === 'allowed' ? response.body : undefined;
    });

    expect(denied.reasons.map((reason) => reason.code)).toEqual(['PROMISE_PENDING']);
    expect(denied.nextAllowedAt).toBe('2026-03-16T12:00:00.000Z');
    expect(allowed.outcome).toBe('allowed');
    const inbox = await harness.sql<{ count: string }>(`SELECT count(*) FROM "${harness.db.schema}".inbox WHERE consumer = 'promise-states'`);
    expect(inbox[0].count).toBe('2');
  });
});
