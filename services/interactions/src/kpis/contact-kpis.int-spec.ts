import { AGENT, InteractionsHarness, startInteractions } from '../test/interactions-harness';
import { consent, newDebtor, phoneCall } from '../test/fixtures';

type Debtor = ReturnType<typeof newDebtor>;

interface Report {
  groupBy?: string;
  asOf: string;
  overall: Record<string, unknown>;
  groups: { key: string; kpis: Record<string, unknown> }[];
}

interface Problem {
  errors: { field: string; code: string; message: string }[];
}

const DAY = 'from=2026-03-10&to=2026-03-10';

/**
 * Six interactions and four checks, every figure counted by hand.
 *
 * On Tuesday 10 March 2026 (Bogota):
 *   #1 d1 ag-1 phone_call outbound  PROMISE_TO_PAY           account a1 (portfolio A since January)
 *   #2 d2 ag-1 phone_call outbound  NO_ANSWER, amended to RIGHT_PARTY_REACHED   a2 (portfolio B)
 *   #3 d3 ag-2 sms        outbound  RIGHT_PARTY_REACHED      a3 (never assigned)
 *   #4 d4 ag-2 phone_call outbound  NO_ANSWER, no consent: recorded in breach   a4 (assigned to A only at 18:00)
 *   #5 d1 ag-2 phone_call inbound   INBOUND_INQUIRY: not an attempt             a1 (portfolio A)
 *   #6 d5 bot  whatsapp   outbound  MESSAGE_SENT, no agent   a5 (never assigned)
 * On 11 March: #7 d6 ag-1 phone_call RIGHT_PARTY_REACHED, a6, outside the one-day period.
 * Checks: d4 phone_call 11:00 by ag-1 denied (no consent, a4); d1 sms 20:00 by ag-2 denied (after
 * hours, a1); d6 phone_call 11:00 by ag-1 allowed; d4 phone_call on 11 March denied, outside.
 */
describe('contact KPIs API', () => {
  let harness: InteractionsHarness;
  const portfolioA = `CARTERA-A-${Date.now()}`;
  const portfolioB = `CARTERA-B-${Date.now()}`;

  async function post(url: string, body: unknown, headers: Record<string, string> = AGENT): Promise<Record<string, unknown> & { policy?: unknown }> {
    const response = await harness.request('POST', url, body, headers);
    if (response.status >= 300) {
      throw new Error(`POST ${url} returned ${response.status}: ${JSON.stringify(response.body)}`);
    }

    return response.body;
  }

  async function withConsents(...channels: string[]): Promise<Debtor> {
    const debtor = newDebtor();
    for (const channel of channels) {
      await post(`/v1/debtors/${debtor.debtorId}/consents`, consent(debtor.debtorId, channel));
    }

    return debtor;
  }

  async function assign(debtor: Debtor, portfolioId: string, effectiveAt: string): Promise<void> {
    await post(`/v1/accounts/${debtor.accountId}/assignments`, { debtorId: debtor.debtorId, portfolioId, assignee: { kind: 'agent', id: 'ag-1' }, effectiveAt });
  }

  async function check(debtor: Debtor, channel: string, instant: string, agent: string): Promise<string> {
    const body = { debtorId: debtor.debtorId, party: { role: 'debtor' }, channel, purpose: 'collection', accountIds: [debtor.accountId], instant };
    const decision = await post('/v1/contact-policy/checks', body, { 'x-actor': `agent:${agent}` });

    return String(decision.outcome);
  }

  async function report(query: string): Promise<Report> {
    const response = await harness.request<Report>('GET', `/v1/kpis/contacts?${query}`);
    expect(response.status).toBe(200);

    return response.body;
  }

  beforeAll(async () => {
    harness = await startInteractions();
    const d1 = await withConsents('phone_call');
    const d2 = await withConsents('phone_call');
    const d3 = await withConsents('sms');
    const d4 = newDebtor();
    const d5 = await withConsents('whatsapp', 'phone_call');
    const d6 = await withConsents('phone_call');
    await assign(d1, portfolioA, '2026-01-05T09:00:00-05:00');
    await assign(d2, portfolioB, '2026-01-05T09:00:00-05:00');
    await assign(d4, portfolioA, '2026-03-10T18:00:00-05:00');

    const nextMonth = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const promise = { accountId: d1.accountId, amount: '150000.00', currency: 'COP', dueDate: '2026-03-13' };
    await post('/v1/interactions', phoneCall(d1, { agentId: 'ag-1', outcomeCode: 'PROMISE_TO_PAY', promises: [promise], nextAction: { dueAt: nextMonth, action: 'CALL_BACK' } }));
    const second = await post('/v1/interactions', phoneCall(d2, { agentId: 'ag-1', outcomeCode: 'NO_ANSWER' }));
    await post(`/v1/interactions/${String(second.interactionId)}/amendments`, { changes: { outcomeCode: 'RIGHT_PARTY_REACHED' }, reason: 'Resultado mal tipificado' });
    await post('/v1/interactions', phoneCall(d3, { agentId: 'ag-2', channel: 'sms', outcomeCode: 'RIGHT_PARTY_REACHED', durationSeconds: undefined, nextAction: { dueAt: '2026-03-12T09:00:00-05:00', action: 'CALL_BACK' } }));
    const breach = await post('/v1/interactions', phoneCall(d4, { agentId: 'ag-2', outcomeCode: 'NO_ANSWER' }));
    expect(breach.policy).toMatchObject({ allowed: false, violation: true });
    await post('/v1/interactions', phoneCall(d1, { agentId: 'ag-2', direction: 'inbound', outcomeCode: 'INBOUND_INQUIRY', occurredAt: '2026-03-10T15:00:00-05:00', sourceReference: d1.reference('INBOUND') }));
    await post('/v1/interactions', phoneCall(d5, { agentId: undefined, automatedChannelId: 'bot-1', channel: 'whatsapp', outcomeCode: 'MESSAGE_SENT', durationSeconds: undefined }));
    await post('/v1/interactions', phoneCall(d6, { agentId: 'ag-1', occurredAt: '2026-03-11T08:00:00-05:00' }));

    expect(await check(d4, 'phone_call', '2026-03-10T11:00:00-05:00', 'ag-1')).toBe('denied');
    expect(await check(d1, 'sms', '2026-03-10T20:00:00-05:00', 'ag-2')).toBe('denied');
    expect(await check(d6, 'phone_call', '2026-03-10T11:00:00-05:00', 'ag-1')).toBe('allowed');
    expect(await check(d4, 'phone_call', '2026-03-11T11:00:00-05:00', 'ag-1')).toBe('denied');
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('overall figures of one day', async () => {
    const body = await report(DAY);

    expect(body).toEqual({
      from: '2026-03-10',
      to: '2026-03-10',
      asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      groups: [],
      overall: {
        contactAttempts: 5,
        rightPartyContacts: 3,
        rightPartyContactRate: '0.6000',
        promises: 1,
        promiseRate: '0.3333',
        policyDenials: 2,
        policyViolations: 1,
        // a2, a3 (next action overdue), a4, a5 and a6; a1 has one due next month.
        accountsWithoutNextAction: 5,
      },
    });
  });

  it('groups by agent', async () => {
    const body = await report(`${DAY}&groupBy=agent`);

    expect(body.groupBy).toBe('agent');
    expect(body.groups).toEqual([
      { key: '(sin agente)', kpis: { contactAttempts: 1, rightPartyContacts: 0, rightPartyContactRate: '0.0000', promises: 0, promiseRate: null, policyDenials: 0, policyViolations: 0 } },
      { key: 'ag-1', kpis: { contactAttempts: 2, rightPartyContacts: 2, rightPartyContactRate: '1.0000', promises: 1, promiseRate: '0.5000', policyDenials: 1, policyViolations: 0 } },
      { key: 'ag-2', kpis: { contactAttempts: 2, rightPartyContacts: 1, rightPartyContactRate: '0.5000', promises: 0, promiseRate: '0.0000', policyDenials: 1, policyViolations: 1 } },
    ]);
  });

  it('groups by channel', async () => {
    const body = await report(`${DAY}&groupBy=channel`);

    expect(body.groups).toEqual([
      { key: 'phone_call', kpis: { contactAttempts: 3, rightPartyContacts: 2, rightPartyContactRate: '0.6667', promises: 1, promiseRate: '0.5000', policyDenials: 1, policyViolations: 1 } },
      { key: 'sms', kpis: { contactAttempts: 1, rightPartyContacts: 1, rightPartyContactRate: '1.0000', promises: 0, promiseRate: '0.0000', policyDenials: 1, policyViolations: 0 } },
      { key: 'whatsapp', kpis: { contactAttempts: 1, rightPartyContacts: 0, rightPartyContactRate: '0.0000', promises: 0, promiseRate: null, policyDenials: 0, policyViolations: 0 } },
    ]);
  });

  it('groups by portfolio at contact time', async () => {
    const body = await report(`${DAY}&groupBy=portfolio`);

    expect(body.groups).toEqual([
      { key: '(sin cartera)', kpis: { contactAttempts: 3, rightPartyContacts: 1, rightPartyContactRate: '0.3333', promises: 0, promiseRate: '0.0000', policyDenials: 1, policyViolations: 1 } },
      { key: portfolioA, kpis: { contactAttempts: 1, rightPartyContacts: 1, rightPartyContactRate: '1.0000', promises: 1, promiseRate: '1.0000', policyDenials: 1, policyViolations: 0 } },
      { key: portfolioB, kpis: { contactAttempts: 1, rightPartyContacts: 1, rightPartyContactRate: '1.0000', promises: 0, promiseRate: '0.0000', policyDenials: 0, policyViolations: 0 } },
    ]);
  });

  it('two-day period and empty period', async () => {
    const twoDays = await report('from=2026-03-10&to=2026-03-11');
    const empty = await report('from=2025-01-01&to=2025-01-31&groupBy=channel');

    expect(twoDays.overall).toMatchObject({ contactAttempts: 6, rightPartyContacts: 4, rightPartyContactRate: '0.6667', promiseRate: '0.2500', policyDenials: 3 });
    expect(empty.groups).toEqual([]);
    expect(empty.overall).toEqual({
      contactAttempts: 0,
      rightPartyContacts: 0,
      rightPartyContactRate: null,
      promises: 0,
      promiseRate: null,
      policyDenials: 0,
      policyViolations: 0,
      accountsWithoutNextAction: 5,
    });
  });

  it('rejects invalid periods by field', async () => {
    const get = (query: string, language = 'es') => harness.request<Problem>('GET', `/v1/kpis/contacts?${query}`, undefined, { 'accept-language': language });

    const malformed = await get('from=2026-02-30&to=2026-03-01&groupBy=debtor');
    const reversed = await get('from=2026-03-10&to=2026-03-09');
    const tooLong = await get('from=2026-01-01&to=2027-01-02', 'en');
    const longest = await get('from=2026-01-01&to=2027-01-01');

    expect(malformed.status).toBe(400);
    expect(malformed.body.errors.map((error) => `${error.field} ${error.code}`).sort()).toEqual(['from field.date', 'groupBy field.one_of']);
    expect(reversed.status).toBe(400);
    expect(reversed.body.errors).toEqual([expect.objectContaining({ field: 'to', code: 'field.date_range', message: 'La fecha final no puede ser anterior a la inicial.' })]);
    expect(tooLong.body.errors).toEqual([expect.objectContaining({ field: 'to', code: 'field.period_too_long', message: 'The period may span at most 366 days.' })]);
    expect(longest.status).toBe(200);
  });
});
