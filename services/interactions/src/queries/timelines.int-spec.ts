import { InteractionEventTypes } from '@bitacora/contracts';
import { AGENT, InteractionsHarness, startInteractions } from '../test/interactions-harness';
import { consent, newDebtor, phoneCall } from '../test/fixtures';

interface Item {
  interactionId: string;
  occurredAt: string;
  outcomeCode: string;
  rightPartyContact: boolean;
  notes: string | null;
  amended: boolean;
  original: { outcomeCode: string } | null;
  amendments: { changes: unknown[]; reason: string; actor: string }[];
}
type Page = { items: Item[]; nextCursor: string | null };

describe('interaction timelines and amendments', () => {
  let harness: InteractionsHarness;

  beforeAll(async () => {
    harness = await startInteractions();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  /** Records one SMS a day from 2 to 13 March 2026 (Monday to Friday only), alternating two accounts and two agents. */
  async function debtorWithHistory() {
    const debtor = newDebtor();
    await harness.request('POST', `/v1/debtors/${debtor.debtorId}/consents`, consent(debtor.debtorId, 'sms'), AGENT);
    const days = ['02', '03', '04', '05', '06', '09', '10', '11', '12', '13'];
    for (const [index, day] of days.entries()) {
      const response = await harness.request('POST', '/v1/interactions', {
        ...phoneCall(debtor),
        channel: 'sms',
        outcomeCode: index % 3 === 0 ? 'MESSAGE_FAILED' : 'MESSAGE_DELIVERED',
        accountIds: [index % 2 === 0 ? debtor.accountId : debtor.secondAccountId],
        agentId: index % 2 === 0 ? 'ag-1' : 'ag-2',
        occurredAt: `2026-03-${day}T11:00:00-05:00`,
        sourceReference: debtor.reference(`SMS-${day}`),
      }, AGENT);
      expect(response.status).toBe(201);
    }

    return debtor;
  }

  async function readAll(url: string, limit: number): Promise<Item[]> {
    const items: Item[] = [];
    let cursor: string | null = null;
    do {
      const separator = url.includes('?') ? '&' : '?';
      const page: { body: Page } = await harness.request<Page>('GET', `${url}${separator}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
      items.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor !== null);

    return items;
  }

  it('pages a debtor timeline newest first', async () => {
    const debtor = await debtorWithHistory();

    const items = await readAll(`/v1/debtors/${debtor.debtorId}/interactions`, 3);

    expect(items).toHaveLength(10);
    expect(items[0].occurredAt).toBe('2026-03-13T11:00:00.000-05:00');
    expect(items[9].occurredAt).toBe('2026-03-02T11:00:00.000-05:00');
    expect(new Set(items.map((item) => item.interactionId)).size).toBe(10);
  });

  it('filters by time range, channel, outcome and agent', async () => {
    const debtor = await debtorWithHistory();
    const base = `/v1/debtors/${debtor.debtorId}/interactions`;

    const ranged = await readAll(`${base}?from=2026-03-09T00:00:00-05:00&to=2026-03-12T00:00:00-05:00`, 50);
    const failed = await readAll(`${base}?outcome=MESSAGE_FAILED`, 50);
    const agent = await readAll(`${base}?agentId=ag-2&channel=sms`, 2);
    const calls = await readAll(`${base}?channel=phone_call`, 50);

    expect(ranged.map((item) => item.occurredAt.slice(8, 10))).toEqual(['11', '10', '09']);
    expect(failed.map((item) => item.occurredAt.slice(8, 10))).toEqual(['13', '10', '05', '02']);
    expect(agent).toHaveLength(5);
    expect(calls).toHaveLength(0);
  });

  it('pages an account timeline', async () => {
    const debtor = await debtorWithHistory();

    const items = await readAll(`/v1/accounts/${debtor.secondAccountId}/interactions`, 2);

    expect(items.map((item) => item.occurredAt.slice(8, 10))).toEqual(['13', '11', '09', '05', '03']);
  });

  it('uses the timeline index for a cursor page', async () => {
    const plan = await harness.sql<{ 'QUERY PLAN': string }>(
      `EXPLAIN SELECT id FROM "${harness.db.schema}".interactions
       WHERE debtor_id = 'x' AND (occurred_at, id) < ('2026-03-10T00:00:00Z'::timestamptz, '01a242bf-b377-793b-805d-dc849e52ba3f'::uuid)
       ORDER BY occurred_at DESC, id DESC LIMIT 50`,
    );
    const text = plan.map((row) => row['QUERY PLAN']).join('\n');

    expect(text).toContain('interactions_debtor_timeline');
    expect(text).toMatch(/Index Cond: .*ROW\(occurred_at, id\) < ROW/);
  });

  it('bounds the lists of a large debtor', async () => {
    const debtor = newDebtor();
    const recorded = await harness.request<Item>('POST', '/v1/interactions', phoneCall(debtor, { outcomeCode: 'NO_ANSWER' }), AGENT);
    expect(recorded.status).toBe(201);
    const schema = `"${harness.db.schema}"`;
    // Copies of the recorded interaction one minute apart, before it, written directly as the schema owner.
    await harness.sql(
      `INSERT INTO ${schema}.interactions
       SELECT (jsonb_populate_record(NULL::${schema}.interactions, to_jsonb(i) || jsonb_build_object(
         'id', md5(i.id::text || g)::uuid, 'occurred_at', i.occurred_at - g * interval '1 minute', 'source_reference', i.source_reference || '-' || g))).*
       FROM ${schema}.interactions i CROSS JOIN generate_series(1, 10050) g WHERE i.id = $1`,
      [recorded.body.interactionId],
    );
    const url = `/v1/interactions/${recorded.body.interactionId}/amendments`;
    expect((await harness.request('POST', url, { changes: { notes: 'primera' }, reason: 'Nota' }, AGENT)).status).toBe(201);
    expect((await harness.request('POST', url, { changes: { notes: 'segunda' }, reason: 'Nota' }, AGENT)).status).toBe(201);

    const deep = new Date(Date.parse(recorded.body.occurredAt) - 10_000 * 60_000).toISOString();
    const bounded = await harness.request<Page>('GET', `/v1/debtors/${debtor.debtorId}/interactions?limit=3&to=${deep}`);
    const amendments = await harness.request<{ items: { amendmentId: string; interactionId: string; amendedAt: string }[]; nextCursor: string | null }>(
      'GET', `/v1/debtors/${debtor.debtorId}/amendments?limit=1`,
    );
    const older = await harness.request<{ items: { amendedAt: string }[]; nextCursor: string | null }>('GET', `/v1/debtors/${debtor.debtorId}/amendments?limit=1&cursor=${amendments.body.nextCursor}`);
    const beforeNewest = await harness.request<{ items: unknown[] }>('GET', `/v1/debtors/${debtor.debtorId}/amendments?to=${amendments.body.items[0].amendedAt}`);
    const accounts = await harness.request<{ accountIds: string[] }>('GET', `/v1/debtors/${debtor.debtorId}/accounts`);

    expect(bounded.body.items.map((item) => Date.parse(item.occurredAt))).toEqual([1, 2, 3].map((minutes) => Date.parse(deep) - minutes * 60_000));
    expect(bounded.body.nextCursor).not.toBeNull();
    expect(amendments.body.items).toEqual([expect.objectContaining({ interactionId: recorded.body.interactionId, reason: 'Nota' })]);
    expect(older.body.items).toHaveLength(1);
    expect(older.body.items[0].amendedAt <= amendments.body.items[0].amendedAt).toBe(true);
    expect(older.body.nextCursor).toBeNull();
    expect(beforeNewest.body.items.length).toBeLessThanOrEqual(1);
    expect(accounts.body).toEqual({ accountIds: [debtor.accountId] });
  });

  it('rejects a malformed cursor', async () => {
    const response = await harness.request<{ errors: { field: string }[] }>('GET', '/v1/debtors/CC-1/interactions?cursor=not-a-cursor');

    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
  });

  it('amends an interaction and keeps the original', async () => {
    const debtor = newDebtor();
    const recorded = await harness.request<Item>('POST', '/v1/interactions', phoneCall(debtor, { outcomeCode: 'NO_ANSWER' }), AGENT);
    const url = `/v1/interactions/${recorded.body.interactionId}/amendments`;

    const amended = await harness.request<Item>('POST', url, { changes: { outcomeCode: 'RIGHT_PARTY_REACHED', notes: null }, reason: 'Resultado mal tipificado' }, { 'x-actor': 'supervisor:sup-3' });
    const fetched = await harness.request<Item>('GET', `/v1/interactions/${recorded.body.interactionId}`);
    const byOutcome = await harness.request<Page>('GET', `/v1/debtors/${debtor.debtorId}/interactions?outcome=RIGHT_PARTY_REACHED`);

    expect(amended.status).toBe(201);
    expect(fetched.body).toMatchObject({ outcomeCode: 'RIGHT_PARTY_REACHED', rightPartyContact: true, notes: null, amended: true, original: { outcomeCode: 'NO_ANSWER' } });
    expect(fetched.body.amendments).toEqual([
      expect.objectContaining({
        reason: 'Resultado mal tipificado',
        actor: 'supervisor:sup-3',
        changes: [
          { field: 'outcomeCode', previous: 'NO_ANSWER', current: 'RIGHT_PARTY_REACHED' },
          { field: 'notes', previous: 'Dice que paga el viernes.', current: null },
        ],
      }),
    ]);
    expect(byOutcome.body.items.map((item) => item.interactionId)).toEqual([recorded.body.interactionId]);
    const stored = await harness.sql<{ outcome_code: string }>(`SELECT outcome_code FROM "${harness.db.schema}".interactions WHERE id = $1`, [recorded.body.interactionId]);
    expect(stored[0].outcome_code).toBe('NO_ANSWER');
    const events = await harness.events((read) => read.some((event) => event.type === InteractionEventTypes.amended && event.subject === recorded.body.interactionId));
    expect(events.find((event) => event.type === InteractionEventTypes.amended && event.subject === recorded.body.interactionId)?.actor).toBe('supervisor:sup-3');
  });

  it('rejects amendments that change nothing or touch agreements', async () => {
    const debtor = newDebtor();
    const recorded = await harness.request<Item>('POST', '/v1/interactions', phoneCall(debtor, { outcomeCode: 'NO_ANSWER' }), AGENT);
    const url = `/v1/interactions/${recorded.body.interactionId}/amendments`;

    const same = await harness.request<{ errors: { code: string }[] }>('POST', url, { changes: { outcomeCode: 'NO_ANSWER' }, reason: 'x' }, AGENT);
    const empty = await harness.request<{ errors: { code: string }[] }>('POST', url, { changes: {}, reason: 'x' }, AGENT);
    const promise = await harness.request<{ errors: { code: string }[] }>('POST', url, { changes: { outcomeCode: 'PROMISE_TO_PAY' }, reason: 'x' }, AGENT);
    const missing = await harness.request('POST', '/v1/interactions/0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a11/amendments', { changes: { notes: 'x' }, reason: 'x' }, AGENT);

    expect(same.body.errors.map((error) => error.code)).toEqual(['field.no_change']);
    expect(empty.body.errors.map((error) => error.code)).toEqual(['field.changes_empty']);
    expect(promise.body.errors.map((error) => error.code)).toEqual(['field.agreement_not_amendable']);
    expect(missing.status).toBe(404);
  });

  it('schedules next actions and finds accounts nobody will touch', async () => {
    const debtor = newDebtor();
    const portfolio = `CARTERA-${debtor.debtorId}`;
    const nextAction = { dueAt: '2026-03-16T09:00:00-05:00', action: 'CHECK_PROMISE', assigneeId: 'ag-17' };
    await harness.request('POST', '/v1/interactions', phoneCall(debtor, { accountIds: [debtor.accountId, debtor.secondAccountId], nextAction }), AGENT);
    for (const accountId of [debtor.accountId, debtor.secondAccountId]) {
      const assigned = await harness.request('POST', `/v1/accounts/${accountId}/assignments`, { debtorId: debtor.debtorId, portfolioId: portfolio, assignee: { kind: 'team', id: 'team-norte' } }, AGENT);
      expect(assigned.status).toBe(201);
    }
    await harness.request('POST', `/v1/accounts/${debtor.secondAccountId}/next-actions`, { debtorId: debtor.debtorId, dueAt: '2026-12-31T09:00:00-05:00', action: 'CALL' }, AGENT);

    const before = await harness.request<{ items: { accountId: string }[] }>('GET', `/v1/accounts/without-next-action?portfolioId=${portfolio}&asOf=2026-03-15T00:00:00-05:00`);
    const after = await harness.request<{ items: { accountId: string; nextActionDueAt: string }[] }>('GET', `/v1/accounts/without-next-action?portfolioId=${portfolio}&asOf=2026-03-17T00:00:00-05:00`);
    const state = await harness.request<{ assignee: unknown; portfolioId: string }>('GET', `/v1/accounts/${debtor.secondAccountId}`);
    const history = await harness.request<{ items: { action: string }[] }>('GET', `/v1/accounts/${debtor.secondAccountId}/next-actions`);

    expect(before.body.items).toEqual([]);
    expect(after.body.items.map((item) => item.accountId)).toEqual([debtor.accountId]);
    expect(state.body).toMatchObject({ portfolioId: portfolio, assignee: { kind: 'team', id: 'team-norte' } });
    expect(history.body.items.map((item) => item.action)).toEqual(['CALL', 'CHECK_PROMISE']);
  });

  it('lists accounts never scheduled first', async () => {
    const debtor = newDebtor();
    const portfolio = `CARTERA-${debtor.debtorId}`;
    for (const accountId of [debtor.accountId, debtor.secondAccountId]) {
      await harness.request('POST', `/v1/accounts/${accountId}/assignments`, { debtorId: debtor.debtorId, portfolioId: portfolio, assignee: { kind: 'agent', id: 'ag-9' } }, AGENT);
    }
    await harness.request('POST', `/v1/accounts/${debtor.accountId}/next-actions`, { debtorId: debtor.debtorId, dueAt: '2026-03-01T09:00:00-05:00', action: 'CALL' }, AGENT);

    const first = await harness.request<{ items: { accountId: string }[]; nextCursor: string }>('GET', `/v1/accounts/without-next-action?portfolioId=${portfolio}&limit=1`);
    const second = await harness.request<{ items: { accountId: string }[]; nextCursor: string | null }>('GET', `/v1/accounts/without-next-action?portfolioId=${portfolio}&limit=1&cursor=${first.body.nextCursor}`);

    expect(first.body.items.map((item) => item.accountId)).toEqual([debtor.secondAccountId]);
    expect(second.body.items.map((item) => item.accountId)).toEqual([debtor.accountId]);
    expect(second.body.nextCursor).toBeNull();
  });
});
