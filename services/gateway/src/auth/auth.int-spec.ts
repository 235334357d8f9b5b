import { LOCAL_DEFAULTS } from '@bitacora/config';
import { FakeUpstream } from '../test/fake-upstream';
import { GatewayHarness, startGateway } from '../test/gateway-harness';
import { JwksServer } from '../test/jwks-server';
import { PUBLIC_ROUTES, sampleUrlOf } from '../test/route-samples';
import { rolesAllowedFor } from './role-matrix';
import { Role, ROLES } from './roles';

type Injection = Parameters<GatewayHarness['inject']>[0];

function requestOf(route: { method: string; path: string }, headers: Record<string, string>): Injection {
  const injection: Injection = { method: route.method as 'GET', url: sampleUrlOf(route.path), headers };
  if (route.method !== 'GET') {
    injection.payload = {};
  }
  return injection;
}

describe('authentication and the role matrix', () => {
  let upstream: FakeUpstream;
  let gateway: GatewayHarness;
  const keys = new Map<Role, string>();

  beforeAll(async () => {
    upstream = await new FakeUpstream().start();
    gateway = await startGateway({ UPSTREAM_INTERACTIONS_URL: upstream.url, UPSTREAM_PROMISES_URL: upstream.url, UPSTREAM_AUDIT_URL: upstream.url });
    for (const role of ROLES) {
      keys.set(role, (await gateway.createClient([role])).key);
    }
  });

  afterAll(async () => {
    await gateway?.close();
    await upstream?.stop();
  });

  it('401 without credentials', async () => {
    for (const route of PUBLIC_ROUTES) {
      const response = await gateway.inject(requestOf(route, {}));

      expect({ route: route.id, status: response.statusCode }).toEqual({ route: route.id, status: 401 });
      expect(response.headers['www-authenticate']).toContain('Bearer');
      expect(response.json()).toMatchObject({ code: 'auth.missing_credentials', status: 401 });
    }
  });

  it('401 with an unknown key', async () => {
    for (const route of PUBLIC_ROUTES) {
      const response = await gateway.inject(requestOf(route, { 'x-api-key': 'bk_not-a-real-key-000000000000000000000000' }));

      expect({ route: route.id, status: response.statusCode, code: response.json().code }).toEqual({ route: route.id, status: 401, code: 'auth.invalid_api_key' });
    }
  });

  it('403 for roles outside matrix', async () => {
    for (const route of PUBLIC_ROUTES) {
      const allowed = rolesAllowedFor(route.id);
      for (const role of ROLES.filter((candidate) => !allowed.includes(candidate))) {
        const response = await gateway.inject(requestOf(route, { 'x-api-key': keys.get(role) ?? '' }));

        expect({ route: route.id, role, status: response.statusCode }).toEqual({ route: route.id, role, status: 403 });
        expect(response.json().code).toBe('auth.role_not_allowed');
      }
    }
  });

  it('lets each role in the matrix past the guard on every route', async () => {
    for (const route of PUBLIC_ROUTES) {
      for (const role of rolesAllowedFor(route.id)) {
        const response = await gateway.inject(requestOf(route, { 'x-api-key': keys.get(role) ?? '' }));

        expect({ route: route.id, role, refused: [401, 403].includes(response.statusCode) }).toEqual({ route: route.id, role, refused: false });
      }
    }
  });

  it('leaves health checks, metrics and the OpenAPI document open', async () => {
    for (const url of ['/health/live', '/metrics', '/docs-json']) {
      const response = await gateway.inject({ method: 'GET', url });

      expect({ url, status: response.statusCode }).toEqual({ url, status: 200 });
    }
  });

  it('accepts the seeded local key and the ApiKey scheme', async () => {
    const viaHeader = await gateway.inject({ method: 'GET', url: '/v1/audit/public-key', headers: { 'x-api-key': LOCAL_DEFAULTS.apiKey } });
    const viaScheme = await gateway.inject({ method: 'GET', url: '/v1/audit/public-key', headers: { authorization: `ApiKey ${LOCAL_DEFAULTS.apiKey}` } });

    expect(viaHeader.statusCode).not.toBe(401);
    expect(viaScheme.statusCode).not.toBe(401);
  });

  it('rejects a revoked key', async () => {
    const client = await gateway.createClient(['compliance']);
    await gateway.dataSource.query(`UPDATE "${gateway.db.schema}".api_clients SET revoked_at = now() WHERE name = $1`, [client.name]);

    const response = await gateway.inject({ method: 'GET', url: '/v1/audit/public-key', headers: { 'x-api-key': client.key } });

    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('auth.invalid_api_key');
  });

  it('explains a malformed Authorization header and an unconfigured bearer token', async () => {
    const malformed = await gateway.inject({ method: 'GET', url: '/v1/audit/public-key', headers: { authorization: 'Basic dXNlcjpwYXNz' } });
    const bearer = await gateway.inject({ method: 'GET', url: '/v1/audit/public-key', headers: { authorization: 'Bearer abc.def.ghi', 'accept-language': 'en' } });

    expect(malformed.json().code).toBe('auth.malformed_credentials');
    expect(bearer.json()).toMatchObject({ status: 401, code: 'auth.bearer_not_accepted' });
    expect(bearer.json().detail).toContain('use an API key');
  });

  it('stores keys only as hashes', async () => {
    const client = await gateway.createClient(['agent']);
    const rows: { key_hash: Buffer; key_prefix: string }[] = await gateway.dataSource.query(`SELECT key_hash, key_prefix FROM "${gateway.db.schema}".api_clients WHERE name = $1`, [client.name]);

    expect(rows[0].key_hash).toHaveLength(32);
    expect(client.key.startsWith(rows[0].key_prefix)).toBe(true);
    expect(rows[0].key_prefix.length).toBeLessThan(client.key.length / 2);
  });
});

describe('rate limits per client', () => {
  let upstream: FakeUpstream;
  let gateway: GatewayHarness;

  beforeAll(async () => {
    upstream = await new FakeUpstream().start();
    upstream.on('GET', '/v1/ledger/public-key', () => ({ status: 200, body: { algorithm: 'Ed25519' } }));
    gateway = await startGateway({ UPSTREAM_AUDIT_URL: upstream.url, DEFAULT_RATE_LIMIT_PER_MINUTE: '1000' });
  });

  afterAll(async () => {
    await gateway?.close();
    await upstream?.stop();
  });

  it('applies the client row’s limit across routes, and to that client only', async () => {
    const limited = await gateway.createClient(['compliance'], 2);
    const other = await gateway.createClient(['compliance'], 2);
    const call = (key: string, url: string) => gateway.inject({ method: 'GET', url, headers: { 'x-api-key': key } });

    expect((await call(limited.key, '/v1/audit/public-key')).statusCode).toBe(200);
    expect((await call(limited.key, '/v1/audit/chains')).statusCode).not.toBe(429);
    const refused = await call(limited.key, '/v1/audit/public-key');

    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await call(other.key, '/v1/audit/public-key')).statusCode).toBe(200);
  });

  it('falls back to the default limit for a client without its own', async () => {
    const client = await gateway.createClient(['compliance']);
    const response = await gateway.inject({ method: 'GET', url: '/v1/audit/public-key', headers: { 'x-api-key': client.key } });

    expect(response.headers['x-ratelimit-limit']).toBe('1000');
  });
});

describe('OAuth2 bearer tokens', () => {
  const issuer = 'https://idp.bitacora.test';
  const audience = 'bitacora-api';
  let jwks: JwksServer;
  let upstream: FakeUpstream;
  let gateway: GatewayHarness;

  beforeAll(async () => {
    jwks = await new JwksServer().start();
    upstream = await new FakeUpstream().start();
    upstream.on('GET', '/v1/ledger/public-key', () => ({ status: 200, body: { algorithm: 'Ed25519' } }));
    gateway = await startGateway({
      UPSTREAM_AUDIT_URL: upstream.url,
      JWKS_URL: jwks.url,
      JWT_ISSUER: issuer,
      JWT_AUDIENCE: audience,
      JWT_ROLES_CLAIM: 'realm_access.roles',
    });
  });

  afterAll(async () => {
    await gateway?.close();
    await upstream?.stop();
    await jwks?.stop();
  });

  const call = (token: string) => gateway.inject({ method: 'GET', url: '/v1/audit/public-key', headers: { authorization: `Bearer ${token}` } });

  it('accepts a valid token and takes roles from the configured claim', async () => {
    const token = await jwks.sign({ sub: 'ag-17', realm_access: { roles: ['agent', 'not-a-role'] } }, { issuer, audience });

    const response = await call(token);

    expect(response.statusCode).toBe(200);
    expect(upstream.received.at(-1)?.headers['x-actor']).toBe('agent:ag-17');
  });

  it('refuses a token without a matrix role with 403', async () => {
    const token = await jwks.sign({ sub: 'ag-18', realm_access: { roles: ['viewer'] } }, { issuer, audience });

    expect((await call(token)).statusCode).toBe(403);
  });

  it.each([
    ['another audience', { audience: 'someone-else' }, 'auth.invalid_token'],
    ['another issuer', { issuer: 'https://evil.test' }, 'auth.invalid_token'],
    ['an expired token', { expiresIn: Math.floor(Date.now() / 1000) - 60 }, 'auth.token_expired'],
  ])('rejects %s with 401', async (_case, override, code) => {
    const token = await jwks.sign({ sub: 'ag-17', realm_access: { roles: ['agent'] } }, { issuer, audience, ...override });

    const response = await call(token);

    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe(code);
  });

  it('rejects a token signed by another key', async () => {
    const stranger = await new JwksServer().start();
    const token = await stranger.sign({ sub: 'ag-17', realm_access: { roles: ['agent'] } }, { issuer, audience });
    await stranger.stop();

    expect((await call(token)).json().code).toBe('auth.invalid_token');
  });
});
