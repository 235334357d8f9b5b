import { FakeUpstream } from '../test/fake-upstream';
import { GatewayHarness, startGateway } from '../test/gateway-harness';

describe('HTTP surface', () => {
  let interactions: FakeUpstream;
  let gateway: GatewayHarness;
  let key: string;

  beforeAll(async () => {
    interactions = await new FakeUpstream().start();
    interactions.on('POST', '/v1/contact-policy/checks', () => ({ status: 200, body: {} }));
    gateway = await startGateway({ UPSTREAM_INTERACTIONS_URL: interactions.url, BODY_LIMIT_BYTES: '2048', CORS_ORIGINS: 'https://console.banco.test' });
    key = (await gateway.createClient(['agent'])).key;
  });

  afterAll(async () => {
    await gateway?.close();
    await interactions?.stop();
  });

  const check = (payload: unknown, headers: Record<string, string> = {}) =>
    gateway.inject({ method: 'POST', url: '/v1/contact-policy/checks', headers: { 'x-api-key': key, 'idempotency-key': `k-${Math.random()}`, ...headers }, payload: payload as object });

  it('sets security headers', async () => {
    const response = await gateway.inject({ method: 'GET', url: '/health/live' });

    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toContain('max-age=');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('allows only the configured CORS origin', async () => {
    const preflight = (origin: string) =>
      gateway.inject({ method: 'OPTIONS', url: '/v1/contact-policy/checks', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'idempotency-key' } });

    const allowed = await preflight('https://console.banco.test');
    const refused = await preflight('https://evil.test');

    expect(allowed.headers['access-control-allow-origin']).toBe('https://console.banco.test');
    expect(String(allowed.headers['access-control-allow-headers'])).toContain('Idempotency-Key');
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('rejects a body over the size limit with 413', async () => {
    const response = await check({ debtorId: 'CC-1', note: 'x'.repeat(4096) });

    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('http.413');
    expect(response.json().detail).toContain('tamaño máximo');
  });

  it('names every invalid field in Spanish by default', async () => {
    const response = await check({ debtorId: 'CC 1', party: { role: 'vecino' }, channel: 'fax', purpose: 'collection', extra: true });

    expect(response.statusCode).toBe(400);
    expect(response.headers['content-language']).toBe('es-CO');
    expect(response.json().errors).toEqual(
      expect.arrayContaining([
        { field: 'extra', code: 'field.unknown', message: 'El campo no está permitido; elimínelo.' },
        expect.objectContaining({ field: 'debtorId', code: 'field.bank_id' }),
        expect.objectContaining({ field: 'party.role', code: 'field.one_of' }),
        expect.objectContaining({ field: 'channel', code: 'field.one_of' }),
      ]),
    );
    expect(interactions.received).toHaveLength(0);
  });

  it('English with Accept-Language en', async () => {
    const response = await check({ debtorId: 'CC-1', party: { role: 'debtor' }, channel: 'sms' }, { 'accept-language': 'en-US,en;q=0.9' });

    expect(response.headers['content-language']).toBe('en');
    expect(response.json()).toMatchObject({ title: 'Bad request', detail: 'The request has invalid data.' });
    expect(response.json().errors).toEqual([expect.objectContaining({ field: 'purpose', code: 'field.one_of', message: expect.stringContaining('Must be one of') })]);
  });

  it('rejects query parameters a route does not declare', async () => {
    const response = await gateway.inject({ method: 'POST', url: '/v1/contact-policy/checks?debug=1', headers: { 'x-api-key': key, 'idempotency-key': 'q-1' }, payload: { debtorId: 'CC-1', party: { role: 'debtor' }, channel: 'sms', purpose: 'collection' } });

    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ field: 'debug', code: 'field.unknown' })]);
  });

  it('unknown route as problem', async () => {
    const response = await gateway.inject({ method: 'GET', url: '/v1/nothing-here', headers: { 'x-api-key': key } });

    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('echoes a caller request id and makes one otherwise', async () => {
    const given = await gateway.inject({ method: 'GET', url: '/health/live', headers: { 'x-request-id': 'req-echo-1' } });
    const made = await gateway.inject({ method: 'GET', url: '/health/live' });

    expect(given.headers['x-request-id']).toBe('req-echo-1');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('publishes the OpenAPI document with both security schemes', async () => {
    const document = (await gateway.inject({ method: 'GET', url: '/docs-json' })).json();

    expect(document.openapi).toMatch(/^3\./);
    expect(document.info.title).toContain('API de gestión de cobranza');
    expect(document.components.securitySchemes).toEqual({
      bearer: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
      apiKey: expect.objectContaining({ type: 'apiKey', in: 'header', name: 'X-Api-Key' }),
    });
  });
});
