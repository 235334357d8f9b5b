import { Client } from 'pg';

export interface ServiceDatabaseSpec {
  /** Schema the service owns, for example `interactions`. */
  schema: string;
  /** Role that owns the schema and runs migrations. */
  ownerRole: string;
  ownerPassword: string;
  /** Role the running service connects with: data rights on its schema only, no DDL. */
  appRole: string;
  appPassword: string;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

function identifier(value: string, what: string): string {
  if (!IDENTIFIER.test(value)) {
    throw new Error(`${what} "${value}" is invalid: use lowercase letters, digits and underscores, starting with a letter.`);
  }
  return `"${value}"`;
}

function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * Creates (or updates) a service's schema and its two roles, connected as the platform's admin
 * role. The owner role owns the schema and runs migrations. The app role gets SELECT, INSERT,
 * UPDATE and DELETE on the tables the owner creates there and no right anywhere else, so one
 * service cannot read another's tables. A migration may revoke more (the audit ledger revokes
 * UPDATE and DELETE). Safe to run again.
 */
export async function provisionServiceDatabase(adminUrl: string, spec: ServiceDatabaseSpec): Promise<void> {
  const schema = identifier(spec.schema, 'schema');
  const owner = identifier(spec.ownerRole, 'owner role');
  const app = identifier(spec.appRole, 'app role');
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const database = (await client.query<{ name: string }>('SELECT current_database() AS name')).rows[0].name;
    // Concurrent provisioning of the same roles (parallel test files) would race on CREATE ROLE.
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [`provision:${spec.schema}`]);
    for (const [role, password] of [[spec.ownerRole, spec.ownerPassword], [spec.appRole, spec.appPassword]] as const) {
      const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      // A role that exists keeps its attributes: only a superuser may restate NOSUPERUSER.
      const statement = exists.rowCount
        ? `ALTER ROLE ${identifier(role, 'role')} LOGIN PASSWORD ${literal(password)}`
        : `CREATE ROLE ${identifier(role, 'role')} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD ${literal(password)}`;
      await client.query(statement);
    }
    // Membership lets the admin role create the schema for the owner and later drop both roles.
    await client.query(`GRANT ${owner}, ${app} TO CURRENT_USER`);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema} AUTHORIZATION ${owner}`);
    await client.query(`REVOKE ALL ON SCHEMA public FROM ${owner}, ${app}`);
    await client.query(`GRANT CONNECT ON DATABASE "${database}" TO ${owner}, ${app}`);
    await client.query(`GRANT USAGE ON SCHEMA ${schema} TO ${app}`);
    await client.query(`ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA ${schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`);
    await client.query(`ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA ${schema} GRANT USAGE, SELECT ON SEQUENCES TO ${app}`);
    await client.query(`ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA ${schema} GRANT EXECUTE ON FUNCTIONS TO ${app}`);
    await client.query(`ALTER ROLE ${owner} SET search_path = ${schema}`);
    await client.query(`ALTER ROLE ${app} SET search_path = ${schema}`);
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', [`provision:${spec.schema}`]);
  } finally {
    await client.end();
  }
}

/** Builds a connection URL for `role` on the same server and database as `baseUrl`. */
export function urlForRole(baseUrl: string, role: string, password: string): string {
  const url = new URL(baseUrl);
  url.username = encodeURIComponent(role);
  url.password = encodeURIComponent(password);
  return url.toString();
}
