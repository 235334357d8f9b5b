import { DataSource, DataSourceOptions, EntitySchema, MixedList } from 'typeorm';

export interface ServiceDataSourceOptions {
  url: string;
  schema: string;
  applicationName: string;
  poolSize?: number;
  /**
   * Server-side limit on one statement, lock waits included (PostgreSQL `statement_timeout`), so
   * a request stuck behind a lock fails instead of holding a pool connection. 0 means no limit.
   */
  statementTimeoutMs?: number;
  /**
   * Limit on a transaction left idle (`idle_in_transaction_session_timeout`): PostgreSQL ends such
   * a session and releases its locks. 0 means no limit.
   */
  idleInTransactionTimeoutMs?: number;
  // TypeORM's own option types; a class or an entity schema per table.
  entities?: MixedList<string | (new () => unknown) | EntitySchema>;
  migrations?: MixedList<string | (new () => unknown)>;
}

/**
 * Builds a TypeORM data source bound to one service schema. Schema changes go through
 * migrations only: `synchronize` is off and stays off.
 */
export function createServiceDataSource(options: ServiceDataSourceOptions): DataSource {
  const config: DataSourceOptions = {
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    applicationName: options.applicationName,
    entities: options.entities ?? [],
    migrations: options.migrations ?? [],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    poolSize: options.poolSize ?? 10,
    extra: {
      options: [
        `-c search_path=${options.schema}`,
        '-c timezone=UTC',
        `-c statement_timeout=${options.statementTimeoutMs ?? 30000}`,
        `-c idle_in_transaction_session_timeout=${options.idleInTransactionTimeoutMs ?? 60000}`,
      ].join(' '),
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30000,
    },
  };
  return new DataSource(config);
}

/** Runs the pending migrations over a short-lived connection as the schema's owner role. */
export async function runMigrations(options: ServiceDataSourceOptions): Promise<string[]> {
  // A migration may rewrite a large table, so it runs without the statement limit of requests.
  const dataSource = createServiceDataSource({ ...options, poolSize: 1, entities: [], statementTimeoutMs: 0 });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
