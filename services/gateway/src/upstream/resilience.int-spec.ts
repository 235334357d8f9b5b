import { createServer } from 'node:net';
import { waitFor } from '@bitacora/testing';
import { FakeUpstream } from '../test/fake-upstream';
import { GatewayHarness, startGateway } from '../test/gateway-harness';

/** Returns a 127.0.0.1 port with nothing listening: taken from the OS, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const CHECK = { debtorId: 'CC-1020304050', party: { role: 'debtor' }, channel: 'sms', purpose: 'collection' };

describe('calls to services', () => {
  let interactions: FakeUpstream;
  let gateway: GatewayHarness;
  let key: string;

  beforeAll(async () => {
    interactions = await new FakeUpstream().start();
    gateway = await startGateway({
      UPSTREAM_INTERACTIONS_URL: interactions.url,
      UPSTREAM_AUDIT_URL: `http://127.0.0.1:${await closedPort()}`,
      UPSTREAM_TIMEOUT_MS: '300',
      BREAKER_VOLUME_THRESHOLD: '3',
      BREAKER_RESET_TIMEOUT_MS: '30000',
    });
    key = (await gateway.createClient(['agent', 'compliance'])).key;
  });

  afterAll(async () => {
    await gateway?.close();
    await interactions?.stop();
  });

  let sequence = 0;
  const check = (headers: Record<string, string> = {}) =>
    gateway.inject({ method: 'POST', url: '/v1/contact-policy/checks', headers: { 'x-api-key': key, 'idempotency-key': `k-${++sequence}`, ...headers }, payload: CHECK });

  it('opens breaker on unreachable service', async () => {
    const call = () => gateway.inject({ method: 'GET', url: '/v1/audit/chains', headers: { 'x-api-key': key } });
    const first = await call();
    expect(first.statusCode).toBe(503);
    expect(first.json().code).toBe('upstream.unavailable');
    expect(first.headers['retry-after']).toBeDefined();

    await call();
    await call();
    const rejected = await call();

    expect(rejected.statusCode).toBe(503);
    expect(rejected.json().code).toBe('upstream.circuit_open');
    expect(Number(rejected.headers['retry-after'])).toBeGreaterThanOrEqual(25);
    expect(Number(rejected.headers['retry-after'])).toBeLessThanOrEqual(30);
    expect(rejected.json().detail).toContain('audit');

    const metrics = await gateway.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toMatch(/bitacora_circuit_open\{[^}]*target="audit"[^}]*\} 1/);
    expect(metrics.body).toMatch(/bitacora_circuit_open\{[^}]*target="interactions"[^}]*\} 0/);
  });

  it('cancels slow call with 504', async () => {
    interactions.on('POST', '/v1/contact-policy/checks', () => ({ status: 200, hang: true }));
    const abortedBefore = interactions.aborted;
    const started = Date.now();

    const response = await check();

    expect(response.statusCode).toBe(504);
    expect(response.json().code).toBe('upstream.timeout');
    expect(Date.now() - started).toBeLessThan(3000);
    await waitFor('the service to see the request cancelled', () => interactions.aborted > abortedBefore, 5000, 10);
  });

  it('passes a problem+json 4xx through and does not count it against the breaker', async () => {
    const problem = { type: 'https://bitacora.dev/problems/x', title: 'No procesable', status: 422, detail: 'La parte no existe.', code: 'party.unknown', instance: '/v1/contact-policy/checks', requestId: 'from-service' };
    interactions.on('POST', '/v1/contact-policy/checks', () => ({ status: 422, body: problem }));

    for (let call = 0; call < 6; call++) {
      const response = await check();
      expect(response.statusCode).toBe(422);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toEqual(problem);
    }
    const metrics = await gateway.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toMatch(/bitacora_circuit_open\{[^}]*target="interactions"[^}]*\} 0/);
  });

  it('hides a service 5xx behind a 502 that names only the request id', async () => {
    interactions.on('POST', '/v1/contact-policy/checks', () => ({ status: 500, body: { message: 'relation "secret_table" does not exist' } }));

    const response = await check({ 'x-request-id': 'req-5xx-test' });

    expect(response.statusCode).toBe(502);
    expect(response.json()).toMatchObject({ code: 'upstream.failed', requestId: 'req-5xx-test' });
    expect(response.body).not.toContain('secret_table');
    expect(response.json().detail).toContain('req-5xx-test');
  });

  it('sends request id, trace context, language and actor to the service', async () => {
    interactions.on('POST', '/v1/contact-policy/checks', () => ({ status: 200, body: {} }));
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

    await check({ 'x-request-id': 'req-headers-1', traceparent, tracestate: 'vendor=1', 'accept-language': 'en' });

    const sent = interactions.received.at(-1);
    expect(sent?.headers['x-request-id']).toBe('req-headers-1');
    expect(sent?.headers.traceparent).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01$/);
    expect(sent?.headers.traceparent).not.toBe(traceparent);
    expect(sent?.headers.tracestate).toBe('vendor=1');
    expect(sent?.headers['accept-language']).toBe('en');
    expect(sent?.headers['x-actor']).toMatch(/^client:client-/);
  });

  it('starts a trace when the caller sends none, and makes a request id', async () => {
    interactions.on('POST', '/v1/contact-policy/checks', () => ({ status: 200, body: {} }));

    const response = await check();

    const sent = interactions.received.at(-1);
    expect(sent?.headers.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    expect(sent?.headers['x-request-id']).toBe(response.headers['x-request-id']);
    expect(sent?.headers['accept-language']).toBe('es-CO');
  });
});
