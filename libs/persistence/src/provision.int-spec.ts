import { Client } from 'pg';
import { adminDatabaseUrl, createTestDatabase, TestDatabase } from '@bitacora/testing';
import { provisionServiceDatabase, urlForRole } from './provision';

async function queryAs(url: string, sql: string): Promise<unknown> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('provisionServiceDatabase', () => {
  let first: TestDatabase;
  let second: TestDatabase;

  beforeAll(async () => {
    first = await createTestDatabase('provision_a');
    second = await createTestDatabase('provision_b');
    await queryAs(first.ownerUrl, `CREATE TABLE "${first.schema}".records (id int PRIMARY KEY)`);
    await queryAs(second.ownerUrl, `CREATE TABLE "${second.schema}".records (id int PRIMARY KEY)`);
  });

  afterAll(async () => {
    await first.drop();
    await second.drop();
  });

  it('lets the app role use its own tables', async () => {
    await queryAs(first.appUrl, `INSERT INTO "${first.schema}".records VALUES (1)`);

    await expect(queryAs(first.appUrl, `SELECT id FROM "${first.schema}".records`)).resolves.toEqual([{ id: 1 }]);
  });

  it("keeps the app role out of another service's schema", async () => {
    await expect(queryAs(first.appUrl, `SELECT * FROM "${second.schema}".records`)).rejects.toThrow(/permission denied/);
    await expect(queryAs(first.appUrl, `INSERT INTO "${second.schema}".records VALUES (2)`)).rejects.toThrow(/permission denied/);
  });

  it("keeps the owner role out of another service's schema", async () => {
    await expect(queryAs(first.ownerUrl, `SELECT * FROM "${second.schema}".records`)).rejects.toThrow(/permission denied/);
  });

  it('denies DDL to the app role', async () => {
    await expect(queryAs(first.appUrl, `CREATE TABLE "${first.schema}".intruder (id int)`)).rejects.toThrow(/permission denied/);
    await expect(queryAs(first.appUrl, `DROP TABLE "${first.schema}".records`)).rejects.toThrow(/must be owner/);
  });

  it('denies the public schema to both roles', async () => {
    await expect(queryAs(first.appUrl, 'CREATE TABLE public.intruder (id int)')).rejects.toThrow(/permission denied/);
  });

  it('can be run again on existing roles', async () => {
    const spec = {
      schema: first.schema,
      ownerRole: `${first.schema}_owner`,
      ownerPassword: 'owner-again',
      appRole: `${first.schema}_app`,
      appPassword: 'app-again',
    };

    await provisionServiceDatabase(adminDatabaseUrl(), spec);

    await expect(queryAs(urlForRole(adminDatabaseUrl(), spec.appRole, spec.appPassword), `SELECT id FROM "${first.schema}".records`)).resolves.toEqual([{ id: 1 }]);
  });
});
