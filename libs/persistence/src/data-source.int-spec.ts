import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@bitacora/testing';
import { createServiceDataSource } from './data-source';

describe('service data source limits', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase('datasource');
    dataSource = createServiceDataSource({ url: db.appUrl, schema: db.schema, applicationName: 'data-source-test', poolSize: 2, statementTimeoutMs: 300, idleInTransactionTimeoutMs: 400 });
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('sets the session limits', async () => {
    const [statement] = await dataSource.query<{ statement_timeout: string }[]>('SHOW statement_timeout');
    const [idle] = await dataSource.query<{ idle_in_transaction_session_timeout: string }[]>('SHOW idle_in_transaction_session_timeout');

    expect(statement.statement_timeout).toBe('300ms');
    expect(idle.idle_in_transaction_session_timeout).toBe('400ms');
  });

  it('cancels a statement waiting on a lock', async () => {
    const holder = dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query('SELECT pg_advisory_xact_lock(4242)');
    try {
      await expect(dataSource.transaction((manager) => manager.query('SELECT pg_advisory_xact_lock(4242)'))).rejects.toMatchObject({ code: '57014' });
    } finally {
      await holder.rollbackTransaction();
      await holder.release();
    }
  });

  it('ends a transaction left idle and frees its lock', async () => {
    const abandoned = dataSource.createQueryRunner();
    await abandoned.connect();
    await abandoned.startTransaction();
    await abandoned.query('SELECT pg_advisory_xact_lock(4343)');

    // The abandoned transaction does nothing more; PostgreSQL ends it after 400 ms.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const [taken] = await dataSource.query<{ taken: boolean }[]>('SELECT pg_try_advisory_lock(4343) AS taken');
    await dataSource.query('SELECT pg_advisory_unlock(4343)');
    await abandoned.release();

    expect(taken.taken).toBe(true);
  });
});
