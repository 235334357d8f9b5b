import { partitionsAhead, type MonthPartition } from './partition-ranges';

/** Runs one SQL statement; both a TypeORM QueryRunner and a pg Client fit. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * Creates the monthly partitions of `ledger_records` from the month of `at` through
 * `monthsAhead` months later, skipping those that exist. Must run as the schema owner.
 */
export async function createLedgerPartitions(runner: SqlRunner, schema: string, at: Date, monthsAhead: number): Promise<MonthPartition[]> {
  const partitions = partitionsAhead(at, monthsAhead);
  for (const partition of partitions) {
    await runner.query(
      `CREATE TABLE IF NOT EXISTS "${schema}"."${partition.name}" PARTITION OF "${schema}".ledger_records
       FOR VALUES FROM ('${partition.from.toISOString()}') TO ('${partition.to.toISOString()}')`,
    );
    // Reads and inserts go through the parent table, whose rights PostgreSQL checks instead of
    // the partition's, so no role but the owner needs any right on a partition itself.
    await revokeFromNonOwners(runner, `"${schema}"."${partition.name}"`, 'ALL');
  }
  return partitions;
}

/**
 * Revokes `privileges` on `table` from every role that has a grant on it, except its owner.
 * The app role gets its rights through default privileges, so its name is read from the ACL.
 */
export async function revokeFromNonOwners(runner: SqlRunner, table: string, privileges: string): Promise<void> {
  const quotedTable = table.replace(/'/g, "''");
  await runner.query(`
    DO $$
    DECLARE grantee_name text;
    BEGIN
      FOR grantee_name IN
        SELECT DISTINCT r.rolname
        FROM pg_class c
        CROSS JOIN LATERAL aclexplode(c.relacl) AS acl
        JOIN pg_roles r ON r.oid = acl.grantee
        WHERE c.oid = '${quotedTable}'::regclass AND acl.grantee <> c.relowner
      LOOP
        EXECUTE format('REVOKE ${privileges} ON ${quotedTable} FROM %I', grantee_name);
      END LOOP;
    END $$`);
}

/** Grants `privileges` on `table` to every role that has any grant on `model`, except its owner. */
export async function grantLikeTable(runner: SqlRunner, model: string, table: string, privileges: string): Promise<void> {
  const quotedModel = model.replace(/'/g, "''");
  await runner.query(`
    DO $$
    DECLARE grantee_name text;
    BEGIN
      FOR grantee_name IN
        SELECT DISTINCT r.rolname
        FROM pg_class c
        CROSS JOIN LATERAL aclexplode(c.relacl) AS acl
        JOIN pg_roles r ON r.oid = acl.grantee
        WHERE c.oid = '${quotedModel}'::regclass AND acl.grantee <> c.relowner
      LOOP
        EXECUTE format('GRANT ${privileges} ON ${table.replace(/'/g, "''")} TO %I', grantee_name);
      END LOOP;
    END $$`);
}
