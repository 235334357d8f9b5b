import { PromiseEventTypes } from '@bitacora/contracts';
import { uuidv7 } from 'uuidv7';
import { buildOpenApiDocument } from '../openapi';
import { bogotaDateIn, newAccountId, outboxEventsOf } from '../test/promises-fixtures';
import { startPromisesHarness, type PromisesHarness } from '../test/promises-harness';

const ACTOR = { 'x-actor': 'agent:ag-17' };

describe('promises API', () => {
  let harness: PromisesHarness;

  beforeAll(async () => {
    harness = await startPromisesHarness();
  });

  afterAll(async () => {
    await harness.close();
  });

  const promiseBody = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
    debtorId: 'CC-1020304050',
    accountId: newAccountId(),
    agentId: 'ag-17',
    amount: '150000.00',
    dueDate: bogotaDateIn(3),
    ...overrides,
  });

  const post = (payload: Record<string, unknown>, headers: Record<string, string> = ACTOR) => harness.inject({ method: 'POST', url: '/internal/v1/promises', payload, headers });

  it('creates a promise once for the same id', async () => {
    const body = promiseBody({ promiseId: uuidv7(), graceDays: 2, portfolioId: 'consumo-2026' });

    const created = await post(body);
    const repeated = await post(body);
    const conflicting = await post({ ...body, amount: '1.00' });

    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ promiseId: body.promiseId, status: 'PENDING', amount: '150000.00', currency: 'COP', graceDays: 2, portfolioId: 'consumo-2026', createdBy: 'agent:ag-17', allocations: [] });
    expect(repeated.statusCode).toBe(200);
    expect(conflicting.statusCode).toBe(409);
    expect(conflicting.json()).toMatchObject({ code: 'promises.PROMISE_ID_CONFLICT' });
  });

  it('carries the actor, request id and trace context into the event', async () => {
    const body = promiseBody();
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

    const created = await post(body, { 'x-actor': 'agent:ag-99', 'x-request-id': 'req-promises-1', traceparent });

    expect(created.headers['x-request-id']).toBe('req-promises-1');
    const [event] = await outboxEventsOf(harness, String(body.accountId));
    expect(event).toMatchObject({ type: PromiseEventTypes.promiseCreated, actor: 'agent:ag-99', correlationid: 'req-promises-1', traceparent, data: { status: 'PENDING', agentId: 'ag-17' } });
  });

  it('rejects a command without X-Actor in Spanish and English', async () => {
    const spanish = await post(promiseBody(), {});
    const english = await post(promiseBody(), { 'accept-language': 'en' });

    expect(spanish.statusCode).toBe(400);
    expect(spanish.json()).toMatchObject({ code: 'request.actor_missing', detail: expect.stringContaining('Falta el encabezado X-Actor') });
    expect(english.json()).toMatchObject({ detail: expect.stringContaining('X-Actor header') });
  });

  it('names every malformed field', async () => {
    const response = await post({ ...promiseBody(), amount: '-5', dueDate: '13/03/2026', graceDays: 99, currency: 'pesos', color: 'red' });

    expect(response.statusCode).toBe(400);
    const fields = response.json<{ errors: { field: string; code: string }[] }>().errors.map((error) => `${error.field}:${error.code}`);
    expect(fields.sort()).toEqual(['amount:field.amount', 'color:field.unknown', 'currency:field.currency', 'dueDate:field.date', 'graceDays:field.max'].sort());
  });

  it('rejects due dates in the past and beyond the horizon', async () => {
    const past = await post(promiseBody({ dueDate: bogotaDateIn(-1) }));
    const far = await post(promiseBody({ dueDate: bogotaDateIn(400) }), { ...ACTOR, 'accept-language': 'en' });
    const zero = await post(promiseBody({ amount: '0.00' }));
    const tooPrecise = await post(promiseBody({ amount: '10.505' }));

    expect(past.statusCode).toBe(422);
    expect(past.json()).toMatchObject({ code: 'promises.command_invalid', errors: [{ field: 'dueDate', code: 'promises.DUE_DATE_IN_PAST', message: expect.stringContaining('anterior a hoy') }] });
    expect(far.json()).toMatchObject({ errors: [{ field: 'dueDate', code: 'promises.DUE_DATE_BEYOND_HORIZON', message: expect.stringContaining('at most 365 days') }] });
    expect(zero.json()).toMatchObject({ errors: [{ field: 'amount', code: 'promises.AMOUNT_NOT_POSITIVE' }] });
    expect(tooPrecise.statusCode).toBe(400);
    expect(tooPrecise.json()).toMatchObject({ errors: [{ field: 'amount', code: 'promises.AMOUNT_TOO_MANY_DECIMALS' }] });
  });

  it('supersedes the pending promise of the account', async () => {
    const accountId = newAccountId();
    const first = (await post(promiseBody({ accountId }))).json<{ promiseId: string }>();
    const second = (await post(promiseBody({ accountId, dueDate: bogotaDateIn(5) }))).json<{ promiseId: string }>();

    const old = await harness.inject({ method: 'GET', url: `/internal/v1/promises/${first.promiseId}` });

    expect(old.json()).toMatchObject({ status: 'SUPERSEDED', supersededByPromiseId: second.promiseId });
    const types = (await outboxEventsOf(harness, accountId)).map((event) => event.type);
    expect(types).toEqual([PromiseEventTypes.promiseCreated, PromiseEventTypes.promiseCreated, PromiseEventTypes.promiseSuperseded]);
  });

  it('cancels a pending promise once', async () => {
    const { promiseId } = (await post(promiseBody())).json<{ promiseId: string }>();
    const cancel = (headers: Record<string, string>) =>
      harness.inject({ method: 'POST', url: `/internal/v1/promises/${promiseId}/cancel`, payload: { reason: 'El deudor pidió un acuerdo' }, headers });

    const cancelled = await cancel({ 'x-actor': 'supervisor:sup-3' });
    const again = await cancel({ 'x-actor': 'supervisor:sup-3' });

    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'CANCELLED', cancellationReason: 'El deudor pidió un acuerdo', updatedBy: 'supervisor:sup-3' });
    expect(again.statusCode).toBe(200);
  });

  it('answers 404 for an unknown promise', async () => {
    const unknown = uuidv7();

    const get = await harness.inject({ method: 'GET', url: `/internal/v1/promises/${unknown}` });
    const cancel = await harness.inject({ method: 'POST', url: `/internal/v1/promises/${unknown}/cancel`, payload: { reason: 'x' }, headers: ACTOR });
    const malformed = await harness.inject({ method: 'GET', url: '/internal/v1/promises/not-a-uuid' });

    expect(get.statusCode).toBe(404);
    expect(get.json()).toMatchObject({ code: 'promises.PROMISE_NOT_FOUND', detail: `No existe la promesa de pago ${unknown}.` });
    expect(cancel.statusCode).toBe(404);
    expect(malformed.statusCode).toBe(400);
  });

  it('pages promises by agent in due-date order', async () => {
    const agentId = `ag-${uuidv7()}`;
    for (const days of [4, 1, 2]) {
      await post(promiseBody({ agentId, dueDate: bogotaDateIn(days) }));
    }

    const first = await harness.inject({ method: 'GET', url: `/internal/v1/promises?agentId=${agentId}&limit=2` });
    const page = first.json<{ items: { dueDate: string }[]; nextCursor: string }>();
    const second = await harness.inject({ method: 'GET', url: `/internal/v1/promises?agentId=${agentId}&limit=2&cursor=${page.nextCursor}` });

    expect(page.items.map((item) => item.dueDate)).toEqual([bogotaDateIn(1), bogotaDateIn(2)]);
    expect(second.json()).toEqual({ items: [expect.objectContaining({ dueDate: bogotaDateIn(4) })] });
  });

  it('lists the promises due today', async () => {
    const agentId = `ag-${uuidv7()}`;
    await post(promiseBody({ agentId, dueDate: bogotaDateIn(0) }));
    await post(promiseBody({ agentId, dueDate: bogotaDateIn(1) }));
    const today = bogotaDateIn(0);

    const response = await harness.inject({ method: 'GET', url: `/internal/v1/promises?status=PENDING&dueFrom=${today}&dueTo=${today}&agentId=${agentId}` });

    expect(response.json<{ items: { dueDate: string }[] }>().items.map((item) => item.dueDate)).toEqual([today]);
  });

  it('rejects a malformed cursor', async () => {
    const response = await harness.inject({ method: 'GET', url: '/internal/v1/promises?cursor=bm9wZQ' });

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: [{ field: 'cursor', code: 'field.cursor' }] });
  });

  it('documents every route in OpenAPI, Spanish first', () => {
    const document = buildOpenApiDocument(harness.app);

    expect(Object.keys(document.paths).sort()).toEqual([
      '/internal/v1/accounts/{accountId}/payments',
      '/internal/v1/kpis/promises',
      '/internal/v1/payment-plans',
      '/internal/v1/payment-plans/{planId}',
      '/internal/v1/payment-plans/{planId}/cancel',
      '/internal/v1/promises',
      '/internal/v1/promises/{promiseId}',
      '/internal/v1/promises/{promiseId}/cancel',
    ]);
    expect(document.paths['/internal/v1/promises'].post?.summary).toBe('Crear una promesa de pago / Create a payment promise');
  });
});
