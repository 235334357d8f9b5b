import { MigrationInterface, QueryRunner } from 'typeorm';
import { createLedgerPartitions, grantLikeTable, revokeFromNonOwners } from '../storage/partition-ddl';

/** Monthly partitions created ahead by the migration; the maintenance task keeps extending them. */
const MIGRATION_MONTHS_AHEAD = 3;

/**
 * The ledger: hash-chained records partitioned by month, the chain heads, signed checkpoints and
 * legal holds. The app role may only read and append the ledger tables: UPDATE, DELETE and
 * TRUNCATE are revoked, and a trigger rejects UPDATE and DELETE from any role that still has them.
 */
export class LedgerTables1733400000000 implements MigrationInterface {
  name = 'LedgerTables1733400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = queryRunner.connection.driver.schema ?? 'audit';

    await queryRunner.query(`
      CREATE TABLE "${schema}".chain_heads (
        chain_id text PRIMARY KEY,
        sequence bigint NOT NULL CHECK (sequence >= 0),
        hash bytea NOT NULL CHECK (octet_length(hash) = 32),
        recorded_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await queryRunner.query(`
      CREATE TABLE "${schema}".ledger_records (
        chain_id text NOT NULL,
        sequence bigint NOT NULL CHECK (sequence >= 1),
        event_id text NOT NULL,
        event_type text NOT NULL,
        source text NOT NULL,
        actor text,
        debtor_id text,
        account_id text,
        event_time text,
        recorded_at timestamptz NOT NULL,
        payload json NOT NULL,
        previous_hash bytea NOT NULL CHECK (octet_length(previous_hash) = 32),
        hash bytea NOT NULL CHECK (octet_length(hash) = 32),
        debtor_key text,
        account_keys text[] NOT NULL DEFAULT '{}',
        unknown_type boolean NOT NULL DEFAULT false,
        schema_problem text,
        PRIMARY KEY (chain_id, sequence, recorded_at)
      ) PARTITION BY RANGE (recorded_at)`);
    await queryRunner.query(`CREATE INDEX ledger_records_by_time ON "${schema}".ledger_records (recorded_at, chain_id, sequence)`);
    await queryRunner.query(
      `CREATE INDEX ledger_records_by_debtor ON "${schema}".ledger_records (debtor_key, recorded_at, chain_id, sequence) WHERE debtor_key IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX ledger_records_by_actor ON "${schema}".ledger_records (actor, recorded_at, chain_id, sequence) WHERE actor IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX ledger_records_by_type ON "${schema}".ledger_records (event_type, recorded_at, chain_id, sequence)`);
    await queryRunner.query(`CREATE INDEX ledger_records_by_account ON "${schema}".ledger_records USING gin (account_keys)`);

    // ledger_records is partitioned by time, so its own unique indexes must include recorded_at;
    // this table enforces the chain position and the event id as unique per chain across partitions.
    await queryRunner.query(`
      CREATE TABLE "${schema}".ledger_record_keys (
        chain_id text NOT NULL,
        sequence bigint NOT NULL,
        event_id text NOT NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (chain_id, sequence),
        CONSTRAINT ledger_record_keys_event_unique UNIQUE (chain_id, event_id)
      )`);

    await queryRunner.query(`
      CREATE TABLE "${schema}".checkpoints (
        checkpoint_sequence bigint PRIMARY KEY CHECK (checkpoint_sequence >= 1),
        created_at timestamptz NOT NULL,
        key_id text NOT NULL,
        heads jsonb NOT NULL,
        signature text NOT NULL,
        record_total bigint NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE "${schema}".checkpoint_heads (
        checkpoint_sequence bigint NOT NULL REFERENCES "${schema}".checkpoints (checkpoint_sequence),
        chain_id text NOT NULL,
        sequence bigint NOT NULL,
        hash bytea NOT NULL,
        PRIMARY KEY (chain_id, sequence, checkpoint_sequence)
      )`);

    await queryRunner.query(`
      CREATE TABLE "${schema}".legal_holds (
        hold_id uuid PRIMARY KEY,
        debtor_id text NOT NULL,
        reason text NOT NULL,
        case_reference text,
        placed_by text NOT NULL,
        placed_at timestamptz NOT NULL,
        released_by text,
        released_at timestamptz,
        release_reason text,
        CHECK ((released_at IS NULL) = (released_by IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX legal_holds_active ON "${schema}".legal_holds (debtor_id) WHERE released_at IS NULL`);
    await queryRunner.query(`CREATE INDEX legal_holds_by_debtor ON "${schema}".legal_holds (debtor_id, placed_at)`);

    await this.makeAppendOnly(queryRunner, schema);
    await createLedgerPartitions(queryRunner, schema, new Date(), MIGRATION_MONTHS_AHEAD);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = queryRunner.connection.driver.schema ?? 'audit';
    for (const table of ['legal_holds', 'checkpoint_heads', 'checkpoints', 'ledger_record_keys', 'ledger_records', 'chain_heads']) {
      await queryRunner.query(`DROP TABLE "${schema}"."${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION "${schema}".reject_ledger_change()`);
  }

  private async makeAppendOnly(queryRunner: QueryRunner, schema: string): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION "${schema}".reject_ledger_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the audit ledger is append-only: % on %.% is not allowed', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION "${schema}".reject_ledger_change() FROM PUBLIC`);

    for (const table of ['ledger_records', 'ledger_record_keys', 'checkpoints', 'checkpoint_heads']) {
      await revokeFromNonOwners(queryRunner, `"${schema}"."${table}"`, 'UPDATE, DELETE, TRUNCATE');
      await queryRunner.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON "${schema}"."${table}" FOR EACH ROW EXECUTE FUNCTION "${schema}".reject_ledger_change()`,
      );
    }

    // A hold is released by filling its release columns once; it is never deleted.
    await revokeFromNonOwners(queryRunner, `"${schema}".legal_holds`, 'UPDATE, DELETE, TRUNCATE');
    await grantLikeTable(queryRunner, `"${schema}".legal_holds`, `"${schema}".legal_holds`, 'UPDATE (released_by, released_at, release_reason)');
    // The heads are the only mutable rows: each sealed batch moves its chain's head forward.
    await revokeFromNonOwners(queryRunner, `"${schema}".chain_heads`, 'DELETE, TRUNCATE');
  }
}
