import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Promises, payment plans, installments, payments, allocations, held reversals and the account
 * rows that serialize every change to one account. Money columns are bigint minor units;
 * business dates are `date` in America/Bogota; instants are timestamptz.
 */
export class PromisesTables1733400000000 implements MigrationInterface {
  name = 'PromisesTables1733400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = `"${queryRunner.connection.driver.schema ?? 'promises'}"`;

    // One row per account seen. Writers lock it (FOR UPDATE) before they read the account's
    // state; the scheduler claims rows whose next deadline has passed with SKIP LOCKED.
    await queryRunner.query(`
      CREATE TABLE ${schema}.accounts (
        account_id text PRIMARY KEY,
        next_deadline_date date,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX accounts_due ON ${schema}.accounts (next_deadline_date, account_id) WHERE next_deadline_date IS NOT NULL`);

    await queryRunner.query(`
      CREATE TABLE ${schema}.promises (
        id uuid PRIMARY KEY,
        debtor_id text NOT NULL,
        account_id text NOT NULL,
        agent_id text NOT NULL,
        interaction_id uuid,
        portfolio_id text,
        amount bigint NOT NULL CHECK (amount > 0),
        currency char(3) NOT NULL,
        due_date date NOT NULL,
        grace_days integer NOT NULL CHECK (grace_days >= 0),
        grace_day_counting text NOT NULL CHECK (grace_day_counting IN ('BUSINESS_DAYS', 'CALENDAR_DAYS')),
        deadline_date date NOT NULL CHECK (deadline_date >= due_date),
        kept_threshold_basis_points integer NOT NULL CHECK (kept_threshold_basis_points BETWEEN 1 AND 10000),
        status text NOT NULL CHECK (status IN ('PENDING', 'KEPT', 'BROKEN', 'CANCELLED', 'SUPERSEDED')),
        paid_amount bigint NOT NULL CHECK (paid_amount >= 0),
        paid_late_amount bigint NOT NULL CHECK (paid_late_amount >= 0),
        superseded_by_promise_id uuid,
        cancellation_reason text,
        created_at timestamptz NOT NULL,
        resolved_at timestamptz,
        created_by text NOT NULL,
        updated_at timestamptz NOT NULL,
        updated_by text NOT NULL
      )`);
    // The state a payment needs: PENDING promises and BROKEN ones with something left to pay.
    await queryRunner.query(`
      CREATE INDEX promises_open_by_account ON ${schema}.promises (account_id)
      WHERE status = 'PENDING' OR (status = 'BROKEN' AND amount > paid_amount + paid_late_amount)`);
    await queryRunner.query(`CREATE INDEX promises_by_account ON ${schema}.promises (account_id, due_date, id)`);
    await queryRunner.query(`CREATE INDEX promises_by_debtor ON ${schema}.promises (debtor_id, due_date, id)`);
    await queryRunner.query(`CREATE INDEX promises_by_agent ON ${schema}.promises (agent_id, due_date, id)`);
    await queryRunner.query(`CREATE INDEX promises_by_status ON ${schema}.promises (status, due_date, id)`);
    await queryRunner.query(`CREATE INDEX promises_by_due_date ON ${schema}.promises (due_date, id)`);
    await queryRunner.query(`CREATE INDEX promises_by_portfolio ON ${schema}.promises (portfolio_id, due_date, id) WHERE portfolio_id IS NOT NULL`);

    await queryRunner.query(`
      CREATE TABLE ${schema}.payment_plans (
        id uuid PRIMARY KEY,
        debtor_id text NOT NULL,
        account_id text NOT NULL,
        agent_id text NOT NULL,
        interaction_id uuid,
        portfolio_id text,
        currency char(3) NOT NULL,
        total_amount bigint NOT NULL CHECK (total_amount > 0),
        interest_rate_basis_points integer CHECK (interest_rate_basis_points >= 0),
        credit_type text,
        grace_days integer NOT NULL CHECK (grace_days >= 0),
        grace_day_counting text NOT NULL CHECK (grace_day_counting IN ('BUSINESS_DAYS', 'CALENDAR_DAYS')),
        kept_threshold_basis_points integer NOT NULL CHECK (kept_threshold_basis_points BETWEEN 1 AND 10000),
        default_after_missed_installments integer NOT NULL CHECK (default_after_missed_installments >= 1),
        status text NOT NULL CHECK (status IN ('ACTIVE', 'COMPLETED', 'DEFAULTED', 'CANCELLED')),
        cancellation_reason text,
        created_at timestamptz NOT NULL,
        resolved_at timestamptz,
        created_by text NOT NULL,
        updated_at timestamptz NOT NULL,
        updated_by text NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX payment_plans_open_by_account ON ${schema}.payment_plans (account_id) WHERE status IN ('ACTIVE', 'DEFAULTED')`);
    await queryRunner.query(`CREATE INDEX payment_plans_by_account ON ${schema}.payment_plans (account_id, created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX payment_plans_by_debtor ON ${schema}.payment_plans (debtor_id, created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX payment_plans_by_agent ON ${schema}.payment_plans (agent_id, created_at DESC, id DESC)`);

    await queryRunner.query(`
      CREATE TABLE ${schema}.installments (
        id uuid PRIMARY KEY,
        plan_id uuid NOT NULL REFERENCES ${schema}.payment_plans (id),
        number integer NOT NULL CHECK (number >= 0),
        due_date date NOT NULL,
        deadline_date date NOT NULL CHECK (deadline_date >= due_date),
        amount bigint NOT NULL CHECK (amount > 0),
        status text NOT NULL CHECK (status IN ('PENDING', 'KEPT', 'MISSED', 'CANCELLED')),
        paid_amount bigint NOT NULL CHECK (paid_amount >= 0),
        paid_late_amount bigint NOT NULL CHECK (paid_late_amount >= 0),
        resolved_at timestamptz,
        updated_at timestamptz NOT NULL,
        UNIQUE (plan_id, number)
      )`);

    await queryRunner.query(`
      CREATE TABLE ${schema}.payments (
        payment_id text PRIMARY KEY,
        account_id text NOT NULL,
        debtor_id text,
        amount bigint NOT NULL CHECK (amount > 0),
        currency char(3) NOT NULL,
        paid_at timestamptz NOT NULL,
        paid_date date NOT NULL,
        value_date date NOT NULL,
        channel text NOT NULL,
        branch text,
        correspondent_agent text,
        bank_reference text,
        status text NOT NULL CHECK (status IN ('APPLIED', 'REVERSED')),
        unallocated_amount bigint NOT NULL CHECK (unallocated_amount >= 0),
        reversed_at timestamptz,
        reversal_reason text,
        event_id text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX payments_by_account ON ${schema}.payments (account_id, paid_at DESC, payment_id DESC)`);

    await queryRunner.query(`
      CREATE TABLE ${schema}.allocations (
        payment_id text NOT NULL REFERENCES ${schema}.payments (payment_id),
        target_type text NOT NULL CHECK (target_type IN ('PROMISE', 'INSTALLMENT')),
        target_id uuid NOT NULL,
        plan_id uuid,
        amount bigint NOT NULL CHECK (amount > 0),
        timing text NOT NULL CHECK (timing IN ('ON_TIME', 'LATE')),
        allocated_at timestamptz NOT NULL,
        reversed_at timestamptz,
        PRIMARY KEY (payment_id, target_type, target_id)
      )`);
    await queryRunner.query(`CREATE INDEX allocations_by_target ON ${schema}.allocations (target_id)`);

    await queryRunner.query(`
      CREATE TABLE ${schema}.pending_reversals (
        payment_id text PRIMARY KEY,
        account_id text NOT NULL,
        reversed_at timestamptz NOT NULL,
        reason text NOT NULL,
        event_id text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = `"${queryRunner.connection.driver.schema ?? 'promises'}"`;
    for (const table of ['pending_reversals', 'allocations', 'payments', 'installments', 'payment_plans', 'promises', 'accounts']) {
      await queryRunner.query(`DROP TABLE ${schema}.${table}`);
    }
  }
}
