import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@bitacora/testing';
import { runMigrations } from '@bitacora/persistence';
import { auditMigrations } from '../migrations';
import { createLedgerPartitions } from './partition-ddl';
import { monthPartitionOf } from './partition-ranges';

describe('ledger tables as the app role', () => {
  let db: TestDatabase;
  let app: Client;
  let owner: Client;

  beforeAll(async () => {
    db = await createTestDatabase('audit');
    await runMigrations({ url: db.ownerUrl, schema: db.schema, applicationName: 'append-only-spec', migrations: auditMigrations });
    app = new Client({ connectionString: db.appUrl });
    owner = new Client({ connectionString: db.ownerUrl });
    await Promise.all([app.connect(), owner.connect()]);

    await app.query(
      `INSERT INTO "${db.schema}".ledger_records (chain_id, sequence, event_id, event_type, source, recorded_at, payload, previous_hash, hash)
       VALUES ('t:0', 1, 'e-1', 'type', '/s', now(), '{}', decode(repeat('00', 32), 'hex'), decode(repeat('11', 32), 'hex'))`,
    );
    await app.query(`INSERT INTO "${db.schema}".ledger_record_keys (chain_id, sequence, event_id, recorded_at) VALUES ('t:0', 1, 'e-1', now())`);
    await app.query(
      `INSERT INTO "${db.schema}".checkpoints (checkpoint_sequence, created_at, key_id, heads, signature, record_total) VALUES (1, now(), 'k', '[]', 's', 1)`,
    );
    await app.query(`INSERT INTO "${db.schema}".checkpoint_heads (checkpoint_sequence, chain_id, sequence, hash) VALUES (1, 't:0', 1, decode(repeat('11', 32), 'hex'))`);
  });

  afterAll(async () => {
    await Promise.all([app.end(), owner.end()]);
    await db.drop();
  });

  it.each(
    [
      ['ledger_records', `UPDATE {table} SET payload = '{"changed":true}'`],
      ['ledger_records', 'DELETE FROM {table}'],
      ['ledger_record_keys', `UPDATE {table} SET event_id = 'other'`],
      ['ledger_record_keys', 'DELETE FROM {table}'],
      ['checkpoints', `UPDATE {table} SET signature = 'forged'`],
      ['checkpoints', 'DELETE FROM {table}'],
      ['checkpoint_heads', 'UPDATE {table} SET sequence = 2'],
      ['checkpoint_heads', 'DELETE FROM {table}'],
      ['ledger_records', 'TRUNCATE {table}'],
      ['chain_heads', 'DELETE FROM {table}'],
      ['legal_holds', 'DELETE FROM {table}'],
      ['legal_holds', `UPDATE {table} SET reason = 'changed'`],
    ].map(([table, statement]) => [statement.replace('{table}', table), table, statement]),
  )('rejects %s', async (_title, table, statement) => {
    const attempt = app.query(statement.replace('{table}', `"${db.schema}".${table}`));

    await expect(attempt).rejects.toMatchObject({ code: '42501', message: expect.stringMatching(/permission denied/) });
  });

  it('rejects any access to a partition itself', async () => {
    const partition = `"${db.schema}".${monthPartitionOf(new Date()).name}`;

    await expect(app.query(`UPDATE ${partition} SET payload = '{}'`)).rejects.toMatchObject({ code: '42501' });
    await expect(app.query(`DELETE FROM ${partition}`)).rejects.toMatchObject({ code: '42501' });
  });

  it('lets the app role release a legal hold through its release columns only', async () => {
    await app.query(
      `INSERT INTO "${db.schema}".legal_holds (hold_id, debtor_id, reason, placed_by, placed_at) VALUES ('0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a11', 'CC-1', 'PQR', 'compliance:a', now())`,
    );

    const released = await app.query(`UPDATE "${db.schema}".legal_holds SET released_by = 'compliance:b', released_at = now(), release_reason = 'closed'`);

    expect(released.rowCount).toBe(1);
  });

  it('rejects an update by the owner while the append-only trigger is on', async () => {
    const attempt = owner.query(`UPDATE "${db.schema}".ledger_records SET payload = '{"changed":true}'`);

    await expect(attempt).rejects.toMatchObject({ message: expect.stringMatching(/append-only/) });
  });

  it('locks the app role out of partitions created later', async () => {
    const later = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 5, 1));
    const created = await createLedgerPartitions(owner, db.schema, later, 1);

    expect(created.map((partition) => partition.name)).toEqual([monthPartitionOf(later).name, monthPartitionOf(new Date(Date.UTC(later.getUTCFullYear(), 6, 1))).name]);
    await expect(app.query(`DELETE FROM "${db.schema}".${created[0].name}`)).rejects.toMatchObject({ code: '42501' });
    await expect(app.query(`SELECT 1 FROM "${db.schema}".${created[1].name}`)).rejects.toMatchObject({ code: '42501' });
  });

  it('keeps partitions created for the coming months', async () => {
    const result = await owner.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = $1::regclass`,
      [`"${db.schema}".ledger_records`],
    );
    const now = new Date();
    const expected = [0, 1, 2, 3].map((offset) => monthPartitionOf(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1))).name);

    expect(result.rows.map((row) => row.name).sort()).toEqual(expect.arrayContaining(expected));
  });
});
