import { EventValidator, InteractionEventTypes, Topics } from '@bitacora/contracts';
import { AGENT, InteractionsHarness, startInteractions } from '../test/interactions-harness';
import { consent, newDebtor, phoneCall } from '../test/fixtures';

type View = { interactionId: string; policy: { allowed: boolean; violation: boolean; reasons: { code: string }[] }; promises: { promiseId: string }[] };

describe('POST /v1/interactions', () => {
  let harness: InteractionsHarness;
  const validator = new EventValidator();

  beforeAll(async () => {
    harness = await startInteractions();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  async function debtorWithPhoneConsent() {
    const debtor = newDebtor();
    const granted = await harness.request('POST', `/v1/debtors/${debtor.debtorId}/consents`, consent(debtor.debtorId, 'phone_call'), AGENT);
    expect(granted.status).toBe(201);

    return debtor;
  }

  it('records an allowed call and publishes it', async () => {
    const debtor = await debtorWithPhoneConsent();

    const response = await harness.request<View & Record<string, unknown>>('POST', '/v1/interactions', phoneCall(debtor), { ...AGENT, 'x-request-id': `req-${debtor.debtorId}` });

    expect(response.status).toBe(201);
    expect(response.body.policy).toEqual({ decisionId: expect.any(String), allowed: true, violation: false, reasons: [] });
    expect(response.body.occurredAt).toBe('2026-03-10T10:30:00.000-05:00');
    expect(response.body.actor).toBe('agent:ag-17');
    const events = await harness.events((read) => read.some((event) => event.subject === response.body.interactionId));
    const recorded = events.find((event) => event.subject === response.body.interactionId);
    expect(recorded).toMatchObject({ type: InteractionEventTypes.recorded, actor: 'agent:ag-17', debtorid: debtor.debtorId, accountid: debtor.accountId, correlationid: `req-${debtor.debtorId}` });
    expect(validator.validateParsed(Topics.interactions, recorded)).toMatchObject({ ok: true });
  });

  it('returns the first interaction for a repeated source reference', async () => {
    const debtor = await debtorWithPhoneConsent();
    const first = await harness.request<View>('POST', '/v1/interactions', phoneCall(debtor), AGENT);

    const again = await harness.request<View>('POST', '/v1/interactions', phoneCall(debtor, { notes: 'otro texto', outcomeCode: 'NO_ANSWER' }), AGENT);

    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replay']).toBe('true');
    expect(again.body.interactionId).toBe(first.body.interactionId);
    const rows = await harness.sql<{ count: string }>(`SELECT count(*) FROM "${harness.db.schema}".interactions WHERE debtor_id = $1`, [debtor.debtorId]);
    expect(rows[0].count).toBe('1');
  });

  it('stores concurrent retries once', async () => {
    const debtor = await debtorWithPhoneConsent();

    const responses = await Promise.all(Array.from({ length: 6 }, () => harness.request<View>('POST', '/v1/interactions', phoneCall(debtor), AGENT)));

    expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(new Set(responses.map((response) => response.body.interactionId)).size).toBe(1);
    const rows = await harness.sql<{ count: string }>(`SELECT count(*) FROM "${harness.db.schema}".interactions WHERE debtor_id = $1`, [debtor.debtorId]);
    expect(rows[0].count).toBe('1');
  });

  it('lets one of two concurrent same-day contacts pass the daily cap', async () => {
    const debtor = await debtorWithPhoneConsent();
    const morning = phoneCall(debtor, { sourceReference: debtor.reference('AM'), occurredAt: '2026-03-10T09:00:00-05:00' });
    const afternoon = phoneCall(debtor, { sourceReference: debtor.reference('PM'), occurredAt: '2026-03-10T15:00:00-05:00' });

    const responses = await Promise.all([harness.request<View>('POST', '/v1/interactions', afternoon, AGENT), harness.request<View>('POST', '/v1/interactions', morning, AGENT)]);

    expect(responses.map((response) => response.status)).toEqual([201, 201]);
    const allowed = responses.filter((response) => response.body.policy.allowed);
    const denied = responses.filter((response) => !response.body.policy.allowed);
    expect(allowed).toHaveLength(1);
    expect(denied).toHaveLength(1);
    expect(denied[0].body.policy.violation).toBe(true);
    expect(denied[0].body.policy.reasons.map((reason) => reason.code)).toEqual(['DAILY_LIMIT_REACHED']);
  });

  it('stores a contact in breach and raises a violation', async () => {
    const debtor = newDebtor();
    const sunday = phoneCall(debtor, { occurredAt: '2026-03-08T21:00:00-05:00' });

    const response = await harness.request<View>('POST', '/v1/interactions', sunday, AGENT);

    expect(response.status).toBe(201);
    expect(response.body.policy.violation).toBe(true);
    expect(response.body.policy.reasons.map((reason) => reason.code).sort()).toEqual(['CHANNEL_NOT_AUTHORIZED', 'SUNDAY']);
    const events = await harness.events((read) => read.some((event) => event.type === InteractionEventTypes.policyViolationDetected && event.subject === response.body.interactionId));
    const violation = events.find((event) => event.type === InteractionEventTypes.policyViolationDetected && event.subject === response.body.interactionId);
    expect(violation?.data).toMatchObject({ interactionId: response.body.interactionId, reasons: expect.arrayContaining([expect.objectContaining({ code: 'SUNDAY', ruleId: 'contact_window' })]) });
    expect(validator.validateParsed(Topics.interactions, violation)).toMatchObject({ ok: true });
  });

  it('raises no violation for an inbound contact', async () => {
    const debtor = newDebtor();
    const inbound = phoneCall(debtor, { direction: 'inbound', purpose: 'information_requested', outcomeCode: 'INBOUND_INQUIRY', occurredAt: '2026-03-08T21:00:00-05:00' });

    const response = await harness.request<View>('POST', '/v1/interactions', inbound, AGENT);

    expect(response.status).toBe(201);
    expect(response.body.policy).toMatchObject({ allowed: true, violation: false });
    const counted = await harness.sql<{ counts_toward_limits: boolean }>(`SELECT counts_toward_limits FROM "${harness.db.schema}".interactions WHERE id = $1`, [response.body.interactionId]);
    expect(counted[0].counts_toward_limits).toBe(false);
  });

  it('carries promise terms with pre-assigned ids', async () => {
    const debtor = await debtorWithPhoneConsent();
    const promise = { accountId: debtor.accountId, amount: '150000.00', currency: 'COP', dueDate: '2026-03-13', graceDays: 2 };

    const response = await harness.request<View>('POST', '/v1/interactions', phoneCall(debtor, { outcomeCode: 'PROMISE_TO_PAY', promises: [promise] }), AGENT);

    expect(response.status).toBe(201);
    expect(response.body.promises).toEqual([{ promiseId: expect.stringMatching(/^[0-9a-f-]{36}$/), ...promise }]);
    const events = await harness.events((read) => read.some((event) => event.subject === response.body.interactionId));
    const recorded = events.find((event) => event.subject === response.body.interactionId);
    expect((recorded?.data as { promises: unknown[] }).promises).toEqual(response.body.promises);
  });

  it('responds as a later read', async () => {
    const debtor = newDebtor();
    const promise = { accountId: debtor.accountId, amount: '150000.00', currency: 'COP', dueDate: '2026-03-13', graceDays: 2 };

    const created = await harness.request<View>('POST', '/v1/interactions', phoneCall(debtor, { outcomeCode: 'PROMISE_TO_PAY', promises: [promise] }), AGENT);
    const read = await harness.request<View>('GET', `/v1/interactions/${created.body.interactionId}`);

    expect(created.status).toBe(201);
    expect(created.body.policy.reasons.length).toBeGreaterThan(0);
    expect(read.body).toEqual(created.body);
  });

  it('carries a payment plan that adds up', async () => {
    const debtor = await debtorWithPhoneConsent();
    const plan = {
      accountId: debtor.accountId,
      currency: 'COP',
      totalAmount: '300000.00',
      downPayment: { amount: '100000.00', dueDate: '2026-03-12' },
      installments: [
        { number: 1, dueDate: '2026-04-10', amount: '100000.00' },
        { number: 2, dueDate: '2026-05-10', amount: '100000.00' },
      ],
    };

    const response = await harness.request<{ paymentPlan: { planId: string } }>('POST', '/v1/interactions', phoneCall(debtor, { outcomeCode: 'PAYMENT_PLAN_AGREED', paymentPlan: plan }), AGENT);

    expect(response.status).toBe(201);
    expect(response.body.paymentPlan).toEqual({ planId: expect.any(String), ...plan });
  });

  it('rejects invalid input whole, naming each field', async () => {
    const debtor = newDebtor();
    const body = phoneCall(debtor, { channel: 'fax', occurredAt: '2026-03-10 10:30', accountIds: ['bad id'], extra: true });

    const spanish = await harness.request<{ code: string; errors: { field: string; code: string; message: string }[] }>('POST', '/v1/interactions', body, AGENT);
    const english = await harness.request<{ errors: { field: string; message: string }[] }>('POST', '/v1/interactions', body, { ...AGENT, 'accept-language': 'en' });

    expect(spanish.status).toBe(400);
    expect(spanish.body.code).toBe('request.invalid');
    expect(spanish.body.errors.map((error) => error.field).sort()).toEqual(['accountIds', 'channel', 'extra', 'occurredAt']);
    expect(spanish.body.errors.find((error) => error.field === 'occurredAt')?.message).toContain('zona horaria');
    expect(english.body.errors.find((error) => error.field === 'occurredAt')?.message).toContain('time zone');
  });

  it('rejects terms that do not fit the outcome', async () => {
    const debtor = newDebtor();
    const promise = { accountId: 'OTHER-1', amount: '0.00', currency: 'COP', dueDate: '2026-03-01' };
    const body = phoneCall(debtor, { outcomeCode: 'PROMISE_TO_PAY', promises: [promise], agentId: undefined, nextAction: { dueAt: '2026-03-01T09:00:00-05:00', action: 'CALL_BACK' } });

    const response = await harness.request<{ code: string; errors: { field: string; code: string }[] }>('POST', '/v1/interactions', body, { ...AGENT, 'accept-language': 'en' });

    expect(response.status).toBe(422);
    expect(response.body.code).toBe('interaction.invalid');
    expect(response.body.errors.map((error) => `${error.field} ${error.code}`).sort()).toEqual([
      'agentId field.agent_or_automated_channel',
      'nextAction.dueAt field.next_action_before_contact',
      'promises[0].accountId field.account_not_in_interaction',
      'promises[0].amount field.amount_positive',
      'promises[0].dueDate field.due_before_contact',
    ]);
  });

  it('rejects an outcome not used on the channel', async () => {
    const debtor = newDebtor();

    const response = await harness.request<{ errors: { field: string; code: string }[] }>('POST', '/v1/interactions', phoneCall(debtor, { outcomeCode: 'VISIT_NOBODY_FOUND' }), AGENT);

    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'outcomeCode', code: 'field.outcome_not_on_channel' })]);
  });

  it('requires the X-Actor header', async () => {
    const response = await harness.request<{ errors: { field: string }[] }>('POST', '/v1/interactions', phoneCall(newDebtor()));

    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'X-Actor' })]);
  });

  it('keeps an account with its first debtor', async () => {
    const debtor = await debtorWithPhoneConsent();
    await harness.request('POST', '/v1/interactions', phoneCall(debtor), AGENT);
    const other = newDebtor();

    const response = await harness.request<{ errors: { field: string; code: string }[] }>(
      'POST',
      '/v1/interactions',
      phoneCall(other, { accountIds: [debtor.accountId] }),
      AGENT,
    );

    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'accountIds[0]', code: 'field.account_of_other_debtor' })]);
  });

  it('opens a dispute for a dispute outcome', async () => {
    const debtor = await debtorWithPhoneConsent();
    await harness.request('POST', '/v1/interactions', phoneCall(debtor, { outcomeCode: 'CLAIMS_ALREADY_PAID' }), AGENT);

    const disputes = await harness.request<{ items: { accountId: string; closedAt: string | null }[] }>('GET', `/v1/debtors/${debtor.debtorId}/disputes?status=open`);
    const check = await harness.request<{ reasons: { code: string }[] }>(
      'POST',
      '/v1/contact-policy/checks',
      { debtorId: debtor.debtorId, party: { role: 'debtor' }, channel: 'phone_call', purpose: 'collection', accountIds: [debtor.accountId], instant: '2026-03-11T10:00:00-05:00' },
      AGENT,
    );

    expect(disputes.body.items).toEqual([expect.objectContaining({ accountId: debtor.accountId, closedAt: null })]);
    expect(check.body.reasons.map((reason) => reason.code)).toEqual(['DISPUTE_OPEN']);
  });

  it('rejects updates and deletes of stored interactions in the database', async () => {
    const debtor = await debtorWithPhoneConsent();
    const recorded = await harness.request<View>('POST', '/v1/interactions', phoneCall(debtor), AGENT);

    await expect(harness.sql(`UPDATE "${harness.db.schema}".interactions SET notes = 'x' WHERE id = $1`, [recorded.body.interactionId])).rejects.toThrow(/append-only/);
    await expect(harness.sql(`DELETE FROM "${harness.db.schema}".interactions WHERE id = $1`, [recorded.body.interactionId])).rejects.toThrow(/append-only/);
  });
});
