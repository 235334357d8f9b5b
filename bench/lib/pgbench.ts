// Runs pgbench with the SQL transaction the interactions service commits for one interaction,
// built from a row the service itself wrote, so sizes, types and indexes are the same.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

export const PGBENCH = '/usr/lib/postgresql/15/bin/pgbench';

interface Column {
  name: string;
  type: string;
}

/** Columns whose values must be unique per transaction, and the pgbench expression of each. */
const FRESH: Record<string, Record<string, string>> = {
  policy_decisions: { id: "md5('d' || :n)::uuid", interaction_id: "md5('i' || :n)::uuid" },
  interactions: { id: "md5('i' || :n)::uuid", policy_decision_id: "md5('d' || :n)::uuid", source_reference: "'pgbench-' || :n", debtor_id: "'CC-pgb-' || :n", party_id: "'CC-pgb-' || :n", account_ids: "ARRAY['CRED-pgb-' || :n]" },
  interaction_accounts: { interaction_id: "md5('i' || :n)::uuid", account_id: "'CRED-pgb-' || :n" },
  outbox: { event_id: "md5('e' || :n)::uuid", message_key: "'CRED-pgb-' || :n" },
};

async function columnsOf(client: Client, schema: string, table: string): Promise<Column[]> {
  const result = await client.query<Column>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE n.nspname = $1 AND c.relname = $2 AND a.attnum > 0 AND NOT a.attisdropped AND a.attidentity = '' AND a.attgenerated = ''
        AND d.adbin IS NULL
      ORDER BY a.attnum`,
    [schema, table],
  );
  return result.rows;
}

async function insertOf(client: Client, schema: string, table: string, where: string, parameter: string): Promise<string> {
  const columns = await columnsOf(client, schema, table);
  const literals = await client.query<Record<string, string>>(
    `SELECT ${columns.map((column, index) => `quote_nullable("${column.name}"::text) AS c${index}`).join(', ')} FROM "${schema}"."${table}" WHERE ${where} LIMIT 1`,
    [parameter],
  );
  const row = literals.rows[0];
  if (!row) {
    throw new Error(`no template row in ${schema}.${table} for ${parameter}`);
  }
  const values = columns.map((column, index) => `(${FRESH[table]?.[column.name] ?? row[`c${index}`]})::${column.type}`);
  return `INSERT INTO "${schema}"."${table}" (${columns.map((column) => `"${column.name}"`).join(', ')}) VALUES (${values.join(', ')});`;
}

/** Writes the pgbench script of one interaction's transaction, copied from interaction `interactionId`. */
export async function writeInteractionScript(ownerUrl: string, schema: string, interactionId: string): Promise<string> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const decision = (await client.query<{ id: string }>(`SELECT policy_decision_id::text AS id FROM "${schema}".interactions WHERE id = $1`, [interactionId])).rows[0].id;
    const lines = [
      '\\set n random(1, 1000000000000)',
      'BEGIN;',
      await insertOf(client, schema, 'policy_decisions', 'id = $1', decision),
      await insertOf(client, schema, 'interactions', 'id = $1', interactionId),
      await insertOf(client, schema, 'interaction_accounts', 'interaction_id = $1', interactionId),
      `INSERT INTO "${schema}".accounts (account_id, debtor_id, last_interaction_at) VALUES ('CRED-pgb-' || :n, 'CC-pgb-' || :n, now()) ON CONFLICT (account_id) DO UPDATE SET last_interaction_at = GREATEST("${schema}".accounts.last_interaction_at, EXCLUDED.last_interaction_at), updated_at = now();`,
      await insertOf(client, schema, 'outbox', "value::text LIKE '%' || $1 || '%'", interactionId),
      `SELECT pg_notify('${schema}_outbox', '');`,
      'COMMIT;',
    ];
    const file = join(tmpdir(), `bench-pgbench-${schema}.sql`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  } finally {
    await client.end();
  }
}

export interface PgbenchResult {
  tps: number;
  latencyAverageMs: number;
  transactions: number;
}

/**
 * Runs pgbench once, bounded: `clients` connections for `seconds`. Uses the simple protocol,
 * because pgbench miscounts the parameters of these statements in extended mode.
 */
export function runPgbench(url: string, script: string, clients: number, seconds: number): PgbenchResult {
  const output = execFileSync(PGBENCH, ['-n', '-M', 'simple', '-c', String(clients), '-j', '2', '-T', String(seconds), '-f', script, url], { encoding: 'utf8', timeout: (seconds + 60) * 1000 });
  const number = (pattern: RegExp) => Number(pattern.exec(output)?.[1] ?? Number.NaN);
  return {
    tps: number(/tps = ([\d.]+)/),
    latencyAverageMs: number(/latency average = ([\d.]+) ms/),
    transactions: number(/number of transactions actually processed: (\d+)/),
  };
}
