import { provisionServiceDatabase, urlForRole } from '@bitacora/persistence';
import { adminDatabaseUrl, uniqueSuffix } from '@bitacora/testing';
import { Client } from 'pg';

export const SERVICE_NAMES = ['interactions', 'promises', 'audit', 'gateway'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

export interface ServiceDatabaseUrls {
  appUrl: string;
  ownerUrl: string;
}

export interface PlatformDatabase {
  name: string;
  urls: Record<ServiceName, ServiceDatabaseUrls>;
  /** Drops the database and every role made for it. */
  drop(): Promise<void>;
}

/**
 * Creates a fresh PostgreSQL database holding the four services' schemas under their real names,
 * each with its own owner and app roles. A service started from dist always uses its default
 * schema name, so a separate database is what keeps the test away from the shared schemas.
 */
export async function createPlatformDatabase(): Promise<PlatformDatabase> {
  const suffix = uniqueSuffix();
  const name = `bitacora_e2e_${suffix}`;
  const adminUrl = adminDatabaseUrl();
  await runAdmin(adminUrl, `CREATE DATABASE "${name}"`);

  const databaseUrl = new URL(adminUrl);
  databaseUrl.pathname = `/${name}`;
  const roles: string[] = [];
  const urls = {} as Record<ServiceName, ServiceDatabaseUrls>;
  for (const service of SERVICE_NAMES) {
    const spec = {
      schema: service,
      ownerRole: `e2e_${suffix}_${service}_owner`,
      ownerPassword: `owner-${suffix}`,
      appRole: `e2e_${suffix}_${service}_app`,
      appPassword: `app-${suffix}`,
    };
    await provisionServiceDatabase(databaseUrl.toString(), spec);
    roles.push(spec.appRole, spec.ownerRole);
    urls[service] = {
      appUrl: urlForRole(databaseUrl.toString(), spec.appRole, spec.appPassword),
      ownerUrl: urlForRole(databaseUrl.toString(), spec.ownerRole, spec.ownerPassword),
    };
  }

  return {
    name,
    urls,
    drop: async () => {
      await runAdmin(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      for (const role of roles) {
        await runAdmin(adminUrl, `DROP ROLE IF EXISTS "${role}"`);
      }
    },
  };
}

async function runAdmin(adminUrl: string, statement: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
