import { MigrationInterface, QueryRunner } from 'typeorm';
import { allowOnlyEnding } from './append-only-triggers';

const REVOCATION_COLUMNS = ['revoked_at', 'revocation_reason', 'revoked_by', 'revocation_request_id'];
const REVOCATION_DDL = `
  revoked_at timestamptz,
  revocation_reason text,
  revoked_by text,
  revocation_request_id text,
  CHECK (revoked_at IS NULL OR revoked_at >= valid_from)`;
const RECORDING_DDL = `
  evidence text,
  actor text NOT NULL,
  request_id text,
  recorded_at timestamptz NOT NULL DEFAULT now(),`;

/**
 * The records the contact policy reads: consents, opt-outs, alternative-hours authorizations and
 * visit exceptions (valid from an instant until revoked, never deleted), disputes, and the
 * projection of promise states consumed from the promises topic.
 */
export class ContactPreferences1764900000100 implements MigrationInterface {
  name = 'ContactPreferences1764900000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = queryRunner.connection.driver.schema ?? 'interactions';
    const s = `"${schema}"`;

    await queryRunner.query(`
      CREATE TABLE ${s}.consents (
        id uuid PRIMARY KEY,
        debtor_id text NOT NULL,
        party_id text NOT NULL,
        channel text NOT NULL,
        valid_from timestamptz NOT NULL,
        ${RECORDING_DDL}
        ${REVOCATION_DDL}
      )`);
    await queryRunner.query(`CREATE INDEX consents_by_party ON ${s}.consents (party_id)`);
    await queryRunner.query(`CREATE INDEX consents_by_debtor ON ${s}.consents (debtor_id, recorded_at DESC)`);

    await queryRunner.query(`
      CREATE TABLE ${s}.opt_outs (
        id uuid PRIMARY KEY,
        debtor_id text NOT NULL,
        party_id text NOT NULL,
        channel text,
        reason text,
        valid_from timestamptz NOT NULL,
        ${RECORDING_DDL}
        ${REVOCATION_DDL}
      )`);
    await queryRunner.query(`CREATE INDEX opt_outs_by_party ON ${s}.opt_outs (party_id)`);
    await queryRunner.query(`CREATE INDEX opt_outs_by_debtor ON ${s}.opt_outs (debtor_id, recorded_at DESC)`);

    await queryRunner.query(`
      CREATE TABLE ${s}.alternative_hours_authorizations (
        id uuid PRIMARY KEY,
        debtor_id text NOT NULL,
        party_id text NOT NULL,
        valid_from timestamptz NOT NULL,
        valid_until timestamptz CHECK (valid_until IS NULL OR valid_until > valid_from),
        windows jsonb NOT NULL,
        ${RECORDING_DDL}
        ${REVOCATION_DDL}
      )`);
    await queryRunner.query(`CREATE INDEX alternative_hours_by_party ON ${s}.alternative_hours_authorizations (party_id)`);
    await queryRunner.query(`CREATE INDEX alternative_hours_by_debtor ON ${s}.alternative_hours_authorizations (debtor_id, recorded_at DESC)`);

    await queryRunner.query(`
      CREATE TABLE ${s}.visit_exceptions (
        id uuid PRIMARY KEY,
        debtor_id text NOT NULL,
        kind text NOT NULL,
        account_id text,
        valid_from timestamptz NOT NULL,
        ${RECORDING_DDL}
        ${REVOCATION_DDL}
      )`);
    await queryRunner.query(`CREATE INDEX visit_exceptions_by_debtor ON ${s}.visit_exceptions (debtor_id, recorded_at DESC)`);

    for (const table of ['consents', 'opt_outs', 'alternative_hours_authorizations', 'visit_exceptions']) {
      await allowOnlyEnding(queryRunner, schema, table, REVOCATION_COLUMNS);
    }

    await queryRunner.query(`
      CREATE TABLE ${s}.disputes (
        id uuid PRIMARY KEY,
        debtor_id text NOT NULL,
        account_id text NOT NULL,
        opened_at timestamptz NOT NULL,
        reason text NOT NULL,
        evidence text,
        interaction_id uuid,
        actor text NOT NULL,
        request_id text,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz CHECK (closed_at IS NULL OR closed_at >= opened_at),
        resolution text CHECK (resolution IN ('upheld', 'rejected', 'withdrawn')),
        closing_notes text,
        closed_by text,
        closing_request_id text,
        CHECK ((closed_at IS NULL) = (resolution IS NULL))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX disputes_one_open_per_account ON ${s}.disputes (account_id) WHERE closed_at IS NULL`);
    await queryRunner.query(`CREATE INDEX disputes_by_debtor ON ${s}.disputes (debtor_id, opened_at DESC)`);
    await allowOnlyEnding(queryRunner, schema, 'disputes', ['closed_at', 'resolution', 'closing_notes', 'closed_by', 'closing_request_id']);

    // Projection of collections.promises.v1: the latest known state of each promise.
    await queryRunner.query(`
      CREATE TABLE ${s}.promise_states (
        promise_id uuid PRIMARY KEY,
        debtor_id text NOT NULL,
        account_id text NOT NULL,
        status text NOT NULL,
        created_at timestamptz NOT NULL,
        due_date date NOT NULL,
        grace_days integer NOT NULL,
        last_event_id text NOT NULL,
        last_changed_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX promise_states_pending_by_account ON ${s}.promise_states (account_id) WHERE status = 'PENDING'`);
    await queryRunner.query(`CREATE INDEX promise_states_pending_by_debtor ON ${s}.promise_states (debtor_id) WHERE status = 'PENDING'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = `"${queryRunner.connection.driver.schema ?? 'interactions'}"`;
    for (const table of ['promise_states', 'disputes', 'visit_exceptions', 'alternative_hours_authorizations', 'opt_outs', 'consents']) {
      await queryRunner.query(`DROP TABLE ${s}.${table}`);
    }
  }
}
