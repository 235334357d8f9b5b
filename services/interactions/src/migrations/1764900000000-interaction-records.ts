import { MigrationInterface, QueryRunner } from 'typeorm';
import { createAppendOnlyFunctions, makeAppendOnly } from './append-only-triggers';
import { DEFAULT_OUTCOME_CODES } from './default-outcome-codes';

/** Outcome catalog, holiday overrides, policy decisions, interactions and their amendments. */
export class InteractionRecords1764900000000 implements MigrationInterface {
  name = 'InteractionRecords1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = queryRunner.connection.driver.schema ?? 'interactions';
    const s = `"${schema}"`;
    await createAppendOnlyFunctions(queryRunner, schema);

    await queryRunner.query(`
      CREATE TABLE ${s}.outcome_codes (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,63}$'),
        label_es text NOT NULL,
        label_en text NOT NULL,
        is_attempt boolean NOT NULL,
        is_right_party_contact boolean NOT NULL,
        is_dispute boolean NOT NULL,
        agreement_kind text CHECK (agreement_kind IN ('promise', 'payment_plan')),
        channels text[] CHECK (channels IS NULL OR cardinality(channels) > 0),
        active boolean NOT NULL DEFAULT true,
        built_in boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    for (const code of DEFAULT_OUTCOME_CODES) {
      await queryRunner.query(
        `INSERT INTO ${s}.outcome_codes (code, label_es, label_en, is_attempt, is_right_party_contact, is_dispute, agreement_kind, channels, built_in, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, true, 'system:migration')`,
        [code.code, code.labelEs, code.labelEn, code.isAttempt, code.isRightPartyContact, code.isDispute, code.agreementKind, code.channels],
      );
    }

    await queryRunner.query(`
      CREATE TABLE ${s}.holiday_overrides (
        id uuid PRIMARY KEY,
        action text NOT NULL CHECK (action IN ('add', 'remove')),
        holiday_date date NOT NULL,
        name text,
        reason text NOT NULL,
        actor text NOT NULL,
        request_id text,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((action = 'add') = (name IS NOT NULL))
      )`);
    await makeAppendOnly(queryRunner, schema, 'holiday_overrides');

    await queryRunner.query(`
      CREATE TABLE ${s}.policy_decisions (
        id uuid PRIMARY KEY,
        origin text NOT NULL CHECK (origin IN ('check', 'interaction')),
        interaction_id uuid,
        debtor_id text NOT NULL,
        party_id text NOT NULL,
        party_role text NOT NULL,
        channel text NOT NULL,
        direction text NOT NULL,
        purpose text NOT NULL,
        account_ids text[] NOT NULL,
        judged_instant timestamptz NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('allowed', 'denied')),
        reasons jsonb NOT NULL,
        next_allowed_at timestamptz,
        applied_rules jsonb NOT NULL,
        counts_toward_limits boolean NOT NULL,
        actor text NOT NULL,
        request_id text,
        -- Milliseconds, as JavaScript keeps them, so a page cursor holds the exact sort key.
        decided_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now())
      )`);
    await queryRunner.query(`CREATE INDEX policy_decisions_by_debtor ON ${s}.policy_decisions (debtor_id, decided_at DESC, id DESC)`);
    await makeAppendOnly(queryRunner, schema, 'policy_decisions');

    await queryRunner.query(`
      CREATE TABLE ${s}.interactions (
        id uuid PRIMARY KEY,
        debtor_id text NOT NULL,
        account_ids text[] NOT NULL,
        party_id text NOT NULL,
        party_role text NOT NULL,
        channel text NOT NULL,
        direction text NOT NULL,
        purpose text NOT NULL,
        occurred_at timestamptz NOT NULL,
        occurred_at_offset_minutes smallint NOT NULL,
        duration_seconds integer CHECK (duration_seconds BETWEEN 0 AND 86400),
        agent_id text,
        automated_channel_id text,
        outcome_code text NOT NULL REFERENCES ${s}.outcome_codes (code),
        right_party_contact boolean NOT NULL,
        counts_toward_limits boolean NOT NULL,
        notes text,
        recording_reference text,
        source_system text NOT NULL,
        source_reference text NOT NULL,
        promises jsonb NOT NULL DEFAULT '[]'::jsonb,
        payment_plan jsonb,
        next_action jsonb,
        policy_decision_id uuid NOT NULL REFERENCES ${s}.policy_decisions (id),
        policy_allowed boolean NOT NULL,
        actor text NOT NULL,
        request_id text,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CHECK (agent_id IS NOT NULL OR automated_channel_id IS NOT NULL)
      )`);
    // Dialer retries are safe: the same source record can be stored once.
    await queryRunner.query(`CREATE UNIQUE INDEX interactions_source_reference ON ${s}.interactions (source_system, source_reference)`);
    // A debtor's timeline, newest first, with keyset pagination on (occurred_at, id).
    await queryRunner.query(`CREATE INDEX interactions_debtor_timeline ON ${s}.interactions (debtor_id, occurred_at DESC, id DESC)`);
    // Prior counted contacts of one person, read under the person's lock for the daily cap and weekly lock.
    await queryRunner.query(`CREATE INDEX interactions_counted_by_party ON ${s}.interactions (party_id, occurred_at) WHERE counts_toward_limits`);
    await makeAppendOnly(queryRunner, schema, 'interactions');

    await queryRunner.query(`
      CREATE TABLE ${s}.interaction_accounts (
        account_id text NOT NULL,
        occurred_at timestamptz NOT NULL,
        interaction_id uuid NOT NULL REFERENCES ${s}.interactions (id)
      )`);
    // An account's timeline, newest first, which is also the key of the table.
    await queryRunner.query(`CREATE UNIQUE INDEX interaction_accounts_timeline ON ${s}.interaction_accounts (account_id, occurred_at DESC, interaction_id DESC)`);
    await makeAppendOnly(queryRunner, schema, 'interaction_accounts');

    await queryRunner.query(`
      CREATE TABLE ${s}.interaction_amendments (
        id uuid PRIMARY KEY,
        interaction_id uuid NOT NULL REFERENCES ${s}.interactions (id),
        changes jsonb NOT NULL,
        outcome_code text REFERENCES ${s}.outcome_codes (code),
        right_party_contact boolean,
        reason text NOT NULL,
        actor text NOT NULL,
        request_id text,
        amended_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((outcome_code IS NULL) = (right_party_contact IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX interaction_amendments_by_interaction ON ${s}.interaction_amendments (interaction_id, amended_at, id)`);
    await makeAppendOnly(queryRunner, schema, 'interaction_amendments');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = `"${queryRunner.connection.driver.schema ?? 'interactions'}"`;
    for (const table of ['interaction_amendments', 'interaction_accounts', 'interactions', 'policy_decisions', 'holiday_overrides', 'outcome_codes']) {
      await queryRunner.query(`DROP TABLE ${s}.${table}`);
    }
    await queryRunner.query(`DROP FUNCTION ${s}.allow_only_ending()`);
    await queryRunner.query(`DROP FUNCTION ${s}.reject_change()`);
  }
}
