import { ConfigError, LOCAL_DEFAULTS } from '@bitacora/config';
import { bootstrapApiKeyOf, jwtSettingsOf, loadGatewayConfig } from './config';

const base = { DATABASE_URL: 'postgres://gateway:secret@127.0.0.1:5432/bitacora', KAFKA_BROKERS: '127.0.0.1:9092' };

describe('loadGatewayConfig', () => {
  it('defaults the upstreams to the local ports and allows no CORS origin', () => {
    const config = loadGatewayConfig(base);

    expect(config.UPSTREAM_INTERACTIONS_URL).toBe('http://127.0.0.1:3001');
    expect(config.UPSTREAM_PROMISES_URL).toBe('http://127.0.0.1:3002');
    expect(config.UPSTREAM_AUDIT_URL).toBe('http://127.0.0.1:3003');
    expect(config.CORS_ORIGINS).toEqual([]);
    expect(jwtSettingsOf(config)).toBeUndefined();
  });

  it('splits CORS origins', () => {
    expect(loadGatewayConfig({ ...base, CORS_ORIGINS: 'https://a.co, https://b.co' }).CORS_ORIGINS).toEqual(['https://a.co', 'https://b.co']);
  });

  it('requires the JWT settings together', () => {
    expect(() => loadGatewayConfig({ ...base, JWKS_URL: 'https://idp.example.co/jwks' })).toThrow(/must be set together/);

    const config = loadGatewayConfig({ ...base, JWKS_URL: 'https://idp.example.co/jwks', JWT_ISSUER: 'https://idp.example.co', JWT_AUDIENCE: 'bitacora', JWT_ROLES_CLAIM: 'realm_access.roles' });
    expect(jwtSettingsOf(config)).toEqual({ jwksUrl: 'https://idp.example.co/jwks', issuer: 'https://idp.example.co', audience: 'bitacora', rolesClaim: 'realm_access.roles' });
  });

  it('seeds the local key outside production only', () => {
    expect(bootstrapApiKeyOf(loadGatewayConfig(base))).toBe(LOCAL_DEFAULTS.apiKey);
    expect(bootstrapApiKeyOf(loadGatewayConfig({ ...base, NODE_ENV: 'production' }))).toBeUndefined();
  });

  it('refuses the local key in production', () => {
    const attempt = () => loadGatewayConfig({ ...base, NODE_ENV: 'production', BOOTSTRAP_API_KEY: LOCAL_DEFAULTS.apiKey });

    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/BOOTSTRAP_API_KEY/);
  });

  it('rejects a short bootstrap key and a malformed upstream URL', () => {
    expect(() => loadGatewayConfig({ ...base, BOOTSTRAP_API_KEY: 'short' })).toThrow(/BOOTSTRAP_API_KEY is invalid/);
    expect(() => loadGatewayConfig({ ...base, UPSTREAM_AUDIT_URL: 'ftp://x' })).toThrow(/UPSTREAM_AUDIT_URL is invalid/);
  });
});
