import { LOCAL_DEFAULTS } from '@bitacora/config';
import { rolesAllowedFor } from '../auth/role-matrix';
import { ROLES } from '../auth/roles';
import { FakeServices } from '../test/fake-services';
import { GatewayHarness, startGateway } from '../test/gateway-harness';
import { DocumentedOperation, OpenApiDocument, operationsOf, ResponseValidator, sampleRequestOf, Schema } from '../test/openapi-tools';
import { PUBLIC_ROUTES } from '../test/route-samples';
import { ACCOUNT, amendment, DEBTOR, interaction, payment, plan, policyDecision, promise } from '../test/sample-records';

type Injected = Awaited<ReturnType<GatewayHarness['inject']>>;

/**
 * Checks real responses of the gateway, proxied from fakes that respond as the services do or made
 * by the gateway itself, against the schemas the published OpenAPI document gives for their
 * status and media type.
 */
describe('responses match the OpenAPI document', () => {
  let services: FakeServices;
  let gateway: GatewayHarness;
  let document: OpenApiDocument;
  let validator: ResponseValidator;
  let operations: Map<string, DocumentedOperation>;
  let sequence = 0;

  beforeAll(async () => {
    services = await new FakeServices().start();
    gateway = await startGateway({ ...services.env, DEFAULT_RATE_LIMIT_PER_MINUTE: '100000' });
    document = (await gateway.inject({ method: 'GET', url: '/docs-json' })).json();
    validator = new ResponseValidator(document);
    operations = new Map(operationsOf(document).map((documented) => [documented.operation.operationId, documented]));
  });

  beforeEach(() => {
    services.reset();
    services.history = {
      interactions: [interaction(2, '2026-03-05T10:00:00.000-05:00', { amended: true, amendments: [amendment(2, '2026-03-06T15:00:00.000Z')] })],
      policyDecisions: [policyDecision(1, '2026-03-05T14:59:00.000Z')],
      promises: [promise(1, '2026-03-05T15:05:00.000Z', { status: 'KEPT', resolvedAt: '2026-03-07T15:00:00.000Z' })],
      plans: [plan(1, '2026-03-06T15:00:00.000Z')],
      payments: { [ACCOUNT]: [payment('PAY-1', '2026-03-07T15:00:00.000Z')] },
    };
  });

  afterAll(async () => {
    await gateway?.close();
    await services?.stop();
  });

  function expectDocumented(documented: DocumentedOperation, response: Injected): void {
    const documentedResponse = documented.operation.responses[String(response.statusCode)];
    expect({ operation: documented.operation.operationId, status: response.statusCode, documented: documentedResponse !== undefined }).toEqual({
      operation: documented.operation.operationId,
      status: response.statusCode,
      documented: true,
    });

    const mediaType = String(response.headers['content-type'] ?? '').split(';')[0].trim();
    const content = documentedResponse.content?.[mediaType];
    expect({ operation: documented.operation.operationId, mediaType, documented: content !== undefined }).toEqual({ operation: documented.operation.operationId, mediaType, documented: true });
    if (!content || !/^application\/(.+\+)?json$/.test(mediaType)) {
      return;
    }
    const validate = validator.compile(content.schema as Schema);
    const valid = validate(response.json());
    expect({ operation: documented.operation.operationId, status: response.statusCode, errors: valid ? [] : validate.errors }).toEqual({
      operation: documented.operation.operationId,
      status: response.statusCode,
      errors: [],
    });
  }

  function send(documented: DocumentedOperation, headers: Record<string, string>, overrides: { url?: string; payload?: unknown } = {}) {
    const sample = sampleRequestOf(documented, document);
    const payload = 'payload' in overrides ? overrides.payload : sample.payload;
    return gateway.inject({
      method: sample.method as 'GET',
      url: overrides.url ?? sample.url,
      headers: { ...headers, ...(sample.method === 'POST' ? { 'idempotency-key': `contract-${++sequence}` } : {}) },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  }

  it('documents every route of the route table', () => {
    expect([...operations.keys()].sort()).toEqual(PUBLIC_ROUTES.map((route) => route.id).sort());
  });

  it.each(PUBLIC_ROUTES.map((route) => route.id))('%s documented success', async (id) => {
    const documented = operations.get(id);
    if (!documented) throw new Error(`${id} is not in the OpenAPI document`);

    const response = await send(documented, { 'x-api-key': LOCAL_DEFAULTS.apiKey });

    expect({ id, status: response.statusCode, success: response.statusCode < 300 }).toEqual({ id, status: response.statusCode, success: true });
    expectDocumented(documented, response);
  });

  it.each(PUBLIC_ROUTES.map((route) => route.id))('%s documented 401', async (id) => {
    const documented = operations.get(id);
    if (!documented) throw new Error(`${id} is not in the OpenAPI document`);

    const response = await send(documented, {});

    expect(response.statusCode).toBe(401);
    expectDocumented(documented, response);
  });

  it.each(PUBLIC_ROUTES.map((route) => route.id).filter((id) => rolesAllowedFor(id).length < ROLES.length))('%s documented 403', async (id) => {
    const documented = operations.get(id);
    if (!documented) throw new Error(`${id} is not in the OpenAPI document`);
    const refused = ROLES.find((role) => !rolesAllowedFor(id).includes(role));
    const { key } = await gateway.createClient(refused ? [refused] : []);

    const response = await send(documented, { 'x-api-key': key });

    expect(response.statusCode).toBe(403);
    expectDocumented(documented, response);
  });

  it.each(PUBLIC_ROUTES.map((route) => route.id))('%s documented 400 for unknown query', async (id) => {
    const documented = operations.get(id);
    if (!documented) throw new Error(`${id} is not in the OpenAPI document`);
    const sample = sampleRequestOf(documented, document);

    const response = await send(documented, { 'x-api-key': LOCAL_DEFAULTS.apiKey, 'accept-language': 'en' }, { url: `${sample.url}${sample.url.includes('?') ? '&' : '?'}surprise=1` });

    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'surprise', code: 'field.unknown' })]));
    expectDocumented(documented, response);
  });

  it('documents a service 404 passed through', async () => {
    const documented = operations.get('promises.get');
    if (!documented) throw new Error('promises.get is not in the OpenAPI document');
    services.promises.on('GET', '/internal/v1/promises/:promiseId', () => ({
      status: 404,
      body: { type: 'https://bitacora.dev/problems/promise-not_found', title: 'No encontrado', status: 404, detail: 'La promesa no existe.', instance: '/internal/v1/promises/x', code: 'promise.not_found', requestId: 'r-1' },
    }));

    const response = await send(documented, { 'x-api-key': LOCAL_DEFAULTS.apiKey });

    expect(response.statusCode).toBe(404);
    expect(response.json().instance).toMatch(/^\/v1\/promises\//);
    expectDocumented(documented, response);
  });

  it('documents the timeline of a debtor with every kind of entry', async () => {
    const documented = operations.get('timeline.get');
    if (!documented) throw new Error('timeline.get is not in the OpenAPI document');

    const response = await send(documented, { 'x-api-key': LOCAL_DEFAULTS.apiKey }, { url: `/v1/debtors/${DEBTOR}/timeline?limit=200` });

    expect(response.json().items.length).toBeGreaterThan(5);
    expectDocumented(documented, response);
  });

  it('documents the CSV export', async () => {
    const documented = operations.get('audit.export');
    if (!documented) throw new Error('audit.export is not in the OpenAPI document');

    const response = await send(documented, { 'x-api-key': LOCAL_DEFAULTS.apiKey }, { url: `/v1/audit/debtors/${DEBTOR}/export?format=csv` });

    expect(response.statusCode).toBe(200);
    expect(response.body).toContain(DEBTOR);
    expectDocumented(documented, response);
  });
});
