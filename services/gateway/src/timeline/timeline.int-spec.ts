import { FakeServices } from '../test/fake-services';
import { GatewayHarness, startGateway } from '../test/gateway-harness';
import { ACCOUNT, amendment, DEBTOR, interaction, payment, plan, policyDecision, promise, allocation } from '../test/sample-records';

interface Entry {
  kind: string;
  id: string;
  occurredAt: string;
  source: string;
}

function history() {
  const keptPromise = promise(2, '2026-03-02T15:00:00.000Z', { accountId: 'CRED-2', status: 'KEPT', resolvedAt: '2026-03-05T15:00:00.000Z' });
  return {
    interactions: [
      interaction(3, '2026-03-09T10:00:00.000-05:00'),
      interaction(2, '2026-03-05T10:00:00.000-05:00', { amended: true, amendments: [amendment(2, '2026-03-12T15:00:00.000Z')] }),
      interaction(1, '2026-03-01T10:00:00.000-05:00'),
    ],
    policyDecisions: [policyDecision(3, '2026-03-09T14:59:00.000Z'), policyDecision(2, '2026-03-05T14:59:00.000Z'), policyDecision(1, '2026-03-01T14:59:00.000Z')],
    promises: [promise(1, '2026-03-09T15:05:00.000Z'), keptPromise],
    plans: [
      plan(1, '2026-03-06T15:00:00.000Z', {
        installments: [{ installmentId: '0193b6a2-6c1e-7cc0-9a52-000000002101', number: 1, dueDate: '2026-03-10', deadlineDate: '2026-03-12', amount: '250000.00', status: 'KEPT', paidAmount: '250000.00', paidLateAmount: '0.00', resolvedAt: '2026-03-10T16:00:00.000Z' }],
      }),
    ],
    payments: {
      [ACCOUNT]: [
        payment('PAY-2', '2026-03-10T16:00:00.000Z', { status: 'REVERSED', reversedAt: '2026-03-11T16:00:00.000Z', reversalReason: 'Devolución' }),
        payment('PAY-OTHER', '2026-03-08T16:00:00.000Z', { debtorId: 'CC-999' }),
      ],
      'CRED-2': [payment('PAY-1', '2026-03-04T16:00:00.000Z', { accountId: 'CRED-2', allocations: [allocation('PAY-1', keptPromise.promiseId, '2026-03-04T16:00:01.000Z')] })],
    },
  };
}

/** Every entry the history above must produce: 3 + 1 amendment + 3 decisions + 2 promises + 1 change + 1 plan + 1 installment + 2 payments + 1 reversal + 1 allocation. */
const EXPECTED_ENTRIES = 16;

describe('debtor timeline', () => {
  let services: FakeServices;
  let gateway: GatewayHarness;
  let key: string;

  beforeAll(async () => {
    services = await new FakeServices().start();
    gateway = await startGateway(services.env);
    key = (await gateway.createClient(['agent'])).key;
  });

  beforeEach(() => {
    services.reset();
    services.history = history();
  });

  afterAll(async () => {
    await gateway?.close();
    await services?.stop();
  });

  const page = (query: string, headers: Record<string, string> = {}) =>
    gateway.inject({ method: 'GET', url: `/v1/debtors/${DEBTOR}/timeline${query}`, headers: { 'x-api-key': key, ...headers } });

  async function walk(limit: number, extra = ''): Promise<Entry[]> {
    const entries: Entry[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const response = await page(`?limit=${limit}${extra}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.statusCode).toBe(200);
      const body = response.json() as { items: Entry[]; nextCursor: string | null; debtorId: string };
      expect(body.debtorId).toBe(DEBTOR);
      entries.push(...body.items);
      cursor = body.nextCursor;
      if (cursor === null) return entries;
    }
    throw new Error('the timeline did not end within 50 pages');
  }

  it('merges every source newest first in one page', async () => {
    const response = await page('?limit=200');
    const items = response.json().items as Entry[];

    expect(items).toHaveLength(EXPECTED_ENTRIES);
    expect(items[0]).toMatchObject({ kind: 'amendment', occurredAt: '2026-03-12T15:00:00.000Z', source: 'interactions' });
    expect(items.map((item) => item.occurredAt)).toEqual([...items.map((item) => item.occurredAt)].sort().reverse());
    expect(new Set(items.map((item) => item.kind))).toEqual(
      new Set(['interaction', 'amendment', 'policy_decision', 'promise', 'promise_status_change', 'plan', 'installment_status_change', 'payment', 'payment_reversal', 'allocation']),
    );
    expect(items.some((item) => item.id === 'PAY-OTHER')).toBe(false);
    expect(response.json().nextCursor).toBeNull();
  });

  it.each([1, 2, 3, 7])('pages through everything with limit %i, without loss or repetition', async (limit) => {
    const all = (await page('?limit=200')).json().items as Entry[];

    const walked = await walk(limit);

    expect(walked.map((item) => `${item.kind}:${item.id}`)).toEqual(all.map((item) => `${item.kind}:${item.id}`));
  });

  it('pages equal instants and amendments exactly', async () => {
    const instant = '2026-03-10T15:00:00.000Z';
    const interactions = Array.from({ length: 12 }, (_unused, index) =>
      interaction(40 + index, instant, index % 4 === 0 ? { amended: true, amendments: [amendment(40 + index, instant), amendment(60 + index, '2026-03-11T15:00:00.000Z')] } : {}),
    );
    // The services order equal instants by id descending; the timeline orders them by kind, then id ascending.
    services.history.interactions = [...interactions].reverse();
    services.history.policyDecisions = Array.from({ length: 9 }, (_unused, index) => policyDecision(40 + index, instant)).reverse();
    services.history.payments[ACCOUNT] = [payment('PAY-EQ-2', instant), payment('PAY-EQ-1', instant)];
    const all = (await page('?limit=200')).json().items as Entry[];
    expect(all.filter((item) => item.occurredAt === instant).length).toBeGreaterThan(20);

    for (const limit of [1, 2, 3, 5, 7, 11]) {
      const walked = (await walk(limit)).map((item) => `${item.kind}:${item.id}`);

      expect(walked).toEqual(all.map((item) => `${item.kind}:${item.id}`));
      expect(new Set(walked).size).toBe(walked.length);
    }
  });

  it('pages past 10 000 interactions', async () => {
    const count = 10_050;
    const start = Date.UTC(2025, 0, 1);
    services.history = {
      ...services.history,
      interactions: Array.from({ length: count }, (_unused, index) => interaction(100_000 + count - index, new Date(start + (count - index) * 60_000).toISOString())),
      policyDecisions: [],
    };
    const interactionsPath = `/v1/debtors/${DEBTOR}/interactions`;
    let cursor: string | null = null;
    let seen = 0;
    let pages = 0;
    let previousLast = '';
    do {
      const before = services.interactions.requestsTo(interactionsPath).length;
      const response = await page(`?kinds=interaction&limit=200${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.statusCode).toBe(200);
      const body = response.json() as { items: Entry[]; nextCursor: string | null };
      expect(services.interactions.requestsTo(interactionsPath).length - before).toBe(body.nextCursor === null ? 1 : 2);
      if (previousLast !== '') expect(body.items[0].occurredAt < previousLast).toBe(true);
      previousLast = body.items[body.items.length - 1]?.occurredAt ?? previousLast;
      seen += body.items.length;
      cursor = body.nextCursor;
      pages += 1;
    } while (cursor !== null && pages < 60);

    expect(seen).toBe(count);
    expect(pages).toBe(Math.ceil(count / 200));
  });

  it('keeps only the requested kinds', async () => {
    const items = (await page('?kinds=payment&kinds=allocation')).json().items as Entry[];

    expect(items.map((item) => `${item.kind}:${item.id}`)).toEqual(['payment:PAY-2', 'allocation:PAY-1:PROMISE:0193b6a2-6c1e-7cc0-9a52-000000001002', 'payment:PAY-1']);
  });

  it('calls the services in parallel', async () => {
    const arrived = new Set<string>();
    let bothInFlight = false;
    const meet = (name: string) => async () => {
      arrived.add(name);
      const deadline = Date.now() + 2000;
      while (arrived.size < 2 && Date.now() < deadline) {
        await new Promise((resolve) => setImmediate(resolve));
      }
      bothInFlight = bothInFlight || arrived.size === 2;
      return { status: 200, body: { items: [], nextCursor: null } };
    };
    services.interactions.on('GET', '/v1/debtors/:debtorId/interactions', meet('interactions'));
    services.promises.on('GET', '/internal/v1/promises', meet('promises'));

    const response = await page('?kinds=interaction&kinds=promise');

    expect(response.statusCode).toBe(200);
    expect(bothInFlight).toBe(true);
  });

  it('stops reading a newest-first source once the page is settled', async () => {
    services.history.policyDecisions = Array.from({ length: 450 }, (_unused, index) => policyDecision(index + 10, new Date(Date.UTC(2026, 2, 9) - index * 60_000).toISOString()));
    const decisionsPath = `/v1/debtors/${DEBTOR}/policy-decisions`;

    const first = await page('?kinds=policy_decision&limit=5');
    const readsForFirstPage = services.interactions.requestsTo(decisionsPath).length;
    const second = await page(`?kinds=policy_decision&limit=5&cursor=${first.json().nextCursor}`);

    expect(first.json().items).toHaveLength(5);
    expect(readsForFirstPage).toBe(1);
    expect(second.json().items.map((item: Entry) => item.occurredAt)[0] < first.json().items[4].occurredAt).toBe(true);
  });

  it('records the read with its result count', async () => {
    await page('?limit=5', { 'x-request-id': 'req-timeline-1' });

    const rows: { value: string }[] = await gateway.dataSource.query(`SELECT value FROM "${gateway.db.schema}".outbox WHERE value LIKE '%req-timeline-1%'`);
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0].value).data).toMatchObject({ debtorId: DEBTOR, route: '/v1/debtors/:debtorId/timeline', resultCount: 5 });
  });

  it('rejects a cursor that was not made by the gateway', async () => {
    const response = await page('?cursor=bm90LWEtY3Vyc29y');

    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ field: 'cursor', code: 'field.cursor' })]);
  });

  it('fails the whole page when one source fails, without internal details', async () => {
    services.promises.on('GET', '/internal/v1/payment-plans', () => ({ status: 500, body: { error: 'deadlock detected in payment_plans' } }));

    const response = await page('');

    expect(response.statusCode).toBe(502);
    expect(response.json().code).toBe('upstream.failed');
    expect(response.body).not.toContain('deadlock');
  });

  it('502 when a source body is not a list', async () => {
    services.interactions.on('GET', '/v1/debtors/:debtorId/policy-decisions', () => ({ status: 200, body: 'not json', contentType: 'application/json' }));

    const response = await page('?kinds=policy_decision');

    expect(response.statusCode).toBe(502);
  });
});
