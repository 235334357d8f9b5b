/**
 * Manages the gateway's API clients from the command line:
 *   node dist/services/gateway/src/cli/api-clients.js create crm-main --roles integration [--rate-limit 300]
 *   node dist/services/gateway/src/cli/api-clients.js revoke crm-main
 *   node dist/services/gateway/src/cli/api-clients.js list
 * It connects with DATABASE_URL (the gateway's role) to the schema GATEWAY_SCHEMA (default
 * gateway). A new key is printed once; only its SHA-256 hash is stored.
 */
import { Client } from 'pg';
import { uuidv7 } from 'uuidv7';
import { apiKeyPrefixOf, generateApiKey, hashApiKey } from '../auth/api-key';
import { isRole, ROLES } from '../auth/roles';

const USAGE = [
  'Uso / Usage:',
  '  api-clients create <nombre|name> --roles <rol,rol> [--rate-limit <solicitudes por minuto|requests per minute>]',
  '  api-clients revoke <nombre|name>',
  '  api-clients list',
  `Roles: ${ROLES.join(', ')}`,
].join('\n');

class UsageError extends Error {}

function optionOf(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

function rolesOf(value: string | undefined): string[] {
  const roles = (value ?? '').split(',').map((role) => role.trim()).filter(Boolean);
  if (roles.length === 0 || !roles.every(isRole)) {
    throw new UsageError(`--roles debe listar roles válidos / --roles must list valid roles: ${ROLES.join(', ')}`);
  }
  return roles;
}

function rateLimitOf(value: string | undefined): number | null {
  if (value === undefined) return null;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1) {
    throw new UsageError(`--rate-limit debe ser un entero positivo / --rate-limit must be a positive integer: ${value}`);
  }
  return limit;
}

async function create(client: Client, schema: string, args: string[]): Promise<void> {
  const name = args[0];
  if (!name || name.startsWith('--')) throw new UsageError('Falta el nombre del cliente / The client name is missing.');
  const roles = rolesOf(optionOf(args, '--roles'));
  const rateLimit = rateLimitOf(optionOf(args, '--rate-limit'));

  const key = generateApiKey();
  await client.query(`INSERT INTO "${schema}".api_clients (id, name, key_hash, key_prefix, roles, rate_limit_per_minute) VALUES ($1, $2, $3, $4, $5, $6)`, [
    uuidv7(),
    name,
    hashApiKey(key),
    apiKeyPrefixOf(key),
    roles,
    rateLimit,
  ]);
  process.stdout.write(`Cliente ${name} creado; guarde la clave, no se vuelve a mostrar / Client ${name} created; store the key, it is not shown again:\n${key}\n`);
}

async function revoke(client: Client, schema: string, args: string[]): Promise<void> {
  const name = args[0];
  if (!name) throw new UsageError('Falta el nombre del cliente / The client name is missing.');
  const result = await client.query(`UPDATE "${schema}".api_clients SET revoked_at = now() WHERE name = $1 AND revoked_at IS NULL`, [name]);
  if (result.rowCount === 0) {
    throw new UsageError(`No hay un cliente activo llamado ${name} / There is no active client named ${name}.`);
  }
  process.stdout.write(`Cliente ${name} revocado / Client ${name} revoked.\n`);
}

async function list(client: Client, schema: string): Promise<void> {
  const result = await client.query(`SELECT name, key_prefix, roles, rate_limit_per_minute, created_at, revoked_at FROM "${schema}".api_clients ORDER BY name`);
  for (const row of result.rows as { name: string; key_prefix: string; roles: string[]; rate_limit_per_minute: number | null; created_at: Date; revoked_at: Date | null }[]) {
    const state = row.revoked_at ? `revocado/revoked ${row.revoked_at.toISOString()}` : 'activo/active';
    process.stdout.write(`${row.name}\t${row.key_prefix}…\t${row.roles.join(',')}\t${row.rate_limit_per_minute ?? '-'}/min\t${state}\n`);
  }
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  const url = process.env.DATABASE_URL;
  if (!url) throw new UsageError('Falta DATABASE_URL / DATABASE_URL is missing: postgres://ROLE:PASSWORD@HOST:PORT/DATABASE of the gateway role.');
  const schema = process.env.GATEWAY_SCHEMA ?? 'gateway';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new UsageError(`GATEWAY_SCHEMA no es válido / GATEWAY_SCHEMA is invalid: ${schema}`);

  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    if (command === 'create') return await create(client, schema, args);
    if (command === 'revoke') return await revoke(client, schema, args);
    if (command === 'list') return await list(client, schema);
    throw new UsageError(USAGE);
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  if (error instanceof UsageError && !error.message.startsWith('Uso')) process.stderr.write(`${USAGE}\n`);
  process.exit(1);
});
