import { commonEnvironment, ConfigError, loadConfig, LOCAL_DEFAULTS, port, productionSecretProblems, z } from '@bitacora/config';

const httpUrl = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .refine(isHttpUrl, { message: 'must be an http:// or https:// URL' })
    .describe('http(s) base URL of the service, without a trailing path, for example http://127.0.0.1:3001');

const positiveInteger = (fallback: number, min: number, max: number, form: string) =>
  z.coerce.number().int().min(min).max(max).default(fallback).describe(form);

const commaList = z
  .string()
  .default('')
  .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean));

export const gatewayConfigSchema = z.object({
  ...commonEnvironment,
  PORT: port(3000),
  UPSTREAM_INTERACTIONS_URL: httpUrl('http://127.0.0.1:3001'),
  UPSTREAM_PROMISES_URL: httpUrl('http://127.0.0.1:3002'),
  UPSTREAM_AUDIT_URL: httpUrl('http://127.0.0.1:3003'),
  UPSTREAM_TIMEOUT_MS: positiveInteger(5000, 100, 120_000, 'milliseconds one call to a service may take before it is cancelled, 100 to 120000'),
  UPSTREAM_LONG_TIMEOUT_MS: positiveInteger(60_000, 1000, 600_000, 'milliseconds allowed to slow calls (ledger export and verification), 1000 to 600000'),
  BREAKER_ERROR_THRESHOLD_PERCENT: positiveInteger(50, 1, 100, 'percentage of failed calls, 1 to 100, that opens a service circuit breaker'),
  BREAKER_VOLUME_THRESHOLD: positiveInteger(5, 1, 1000, 'minimum calls in the rolling window before a breaker may open, 1 to 1000'),
  BREAKER_RESET_TIMEOUT_MS: positiveInteger(10_000, 100, 600_000, 'milliseconds an open breaker waits before it lets one trial call through, 100 to 600000'),
  BODY_LIMIT_BYTES: positiveInteger(262_144, 1024, 10_485_760, 'largest request body in bytes, 1024 to 10485760'),
  JWKS_URL: z.string().refine(isHttpUrl, { message: 'must be an http:// or https:// URL' }).optional().describe('URL of the identity provider JSON Web Key Set, for example https://idp.example.co/.well-known/jwks.json'),
  JWT_ISSUER: z.string().min(1).optional().describe('expected `iss` claim of bearer tokens'),
  JWT_AUDIENCE: z.string().min(1).optional().describe('expected `aud` claim of bearer tokens'),
  JWT_ROLES_CLAIM: z.string().regex(/^[\w-]+(\.[\w-]+)*$/).default('roles').describe('claim holding the roles array, dot path allowed, for example roles or realm_access.roles'),
  BOOTSTRAP_API_KEY: z.string().min(32).max(200).regex(/^[\x21-\x7e]+$/).optional().describe('API key of the seeded local client, at least 32 printable characters; defaults to the local development key outside production'),
  CORS_ORIGINS: commaList.describe('comma-separated origins allowed to call the API from a browser, for example https://console.banco.co; empty allows none'),
  IDEMPOTENCY_TTL_HOURS: positiveInteger(24, 1, 720, 'hours an Idempotency-Key and its stored response are kept, 1 to 720'),
  DEFAULT_RATE_LIMIT_PER_MINUTE: positiveInteger(600, 1, 1_000_000, 'requests per minute allowed to a client without its own limit, 1 to 1000000'),
  API_CLIENT_CACHE_TTL_MS: positiveInteger(10_000, 0, 300_000, 'milliseconds a verified API key is trusted without reading its row again, 0 to 300000. A revoked key stops working within this time'),
  UPSTREAM_MAX_SOCKETS: positiveInteger(64, 1, 1024, 'maximum open connections to each service, 1 to 1024. Further calls wait for a free one'),
});

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

/** Settings of bearer-token verification, present only when all three are configured. */
export interface JwtSettings {
  jwksUrl: string;
  issuer: string;
  audience: string;
  rolesClaim: string;
}

function isHttpUrl(value: string): boolean {
  try {
    const protocol = new URL(value).protocol;
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

export function jwtSettingsOf(config: GatewayConfig): JwtSettings | undefined {
  if (!config.JWKS_URL || !config.JWT_ISSUER || !config.JWT_AUDIENCE) {
    return undefined;
  }
  return { jwksUrl: config.JWKS_URL, issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE, rolesClaim: config.JWT_ROLES_CLAIM };
}

/**
 * The API key seeded at startup: BOOTSTRAP_API_KEY, or the local development key outside
 * production. Production without BOOTSTRAP_API_KEY seeds no key.
 */
export function bootstrapApiKeyOf(config: GatewayConfig): string | undefined {
  if (config.BOOTSTRAP_API_KEY) {
    return config.BOOTSTRAP_API_KEY;
  }
  return config.NODE_ENV === 'production' ? undefined : LOCAL_DEFAULTS.apiKey;
}

function jwtProblems(config: GatewayConfig): string[] {
  const set = [config.JWKS_URL, config.JWT_ISSUER, config.JWT_AUDIENCE].filter((value) => value !== undefined).length;
  if (set === 0 || set === 3) {
    return [];
  }
  return ['JWKS_URL, JWT_ISSUER and JWT_AUDIENCE must be set together to accept bearer tokens, or all left unset.'];
}

/** Reads and checks the gateway service's environment; stops the process with the list of problems. */
export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const config = loadConfig(gatewayConfigSchema, env);
  const problems = [
    ...productionSecretProblems(config, {
      DATABASE_URL: config.DATABASE_URL,
      DATABASE_MIGRATION_URL: config.DATABASE_MIGRATION_URL,
      BOOTSTRAP_API_KEY: config.BOOTSTRAP_API_KEY,
    }),
    ...jwtProblems(config),
  ];
  if (problems.length > 0) {
    throw new ConfigError(problems);
  }
  return config;
}
