import { MigrationInterface, QueryRunner } from 'typeorm';
import { makeAppendOnly } from './append-only-triggers';

/**
 * Who is in charge of each account and what happens next: the history of assignments and of
 * scheduled next actions (append-only), and `accounts`, the current state of each account that
 * the service knows from interactions, assignments and next actions.
 */
export class AccountFollowUp1764900000200 implements MigrationInterface {
  name = 'AccountFollowUp1764900000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = queryRunner.connection.driver.schema ?? 'interactions';
    const s = `"${schema}"`;

    await queryRunner.query(`
      CREATE TABLE ${s}.account_assignments (
        id uuid PRIMARY KEY,
        account_id text NOT NULL,
        debtor_id text NOT NULL,
        portfolio_id text NOT NULL,
        assignee_kind text NOT NULL CHECK (assignee_kind IN ('agent', 'team')),
        assignee_id text NOT NULL,
        effective_at timestamptz NOT NULL,
        reason text,
        actor text NOT NULL,
        request_id text,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX account_assignments_history ON ${s}.account_assignments (account_id, effective_at DESC, id DESC)`);
    await makeAppendOnly(queryRunner, schema, 'account_assignments');

    await queryRunner.query(`
      CREATE TABLE ${s}.next_actions (
        id uuid PRIMARY KEY,
        account_id text NOT NULL,
        debtor_id text NOT NULL,
        interaction_id uuid,
        due_at timestamptz NOT NULL,
        action text NOT NULL,
        assignee_id text,
        notes text,
        actor text NOT NULL,
        request_id text,
        scheduled_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX next_actions_history ON ${s}.next_actions (account_id, scheduled_at DESC, id DESC)`);
    await makeAppendOnly(queryRunner, schema, 'next_actions');

    await queryRunner.query(`
      CREATE TABLE ${s}.accounts (
        account_id text PRIMARY KEY,
        debtor_id text NOT NULL,
        portfolio_id text,
        assignment_id uuid,
        assignee_kind text,
        assignee_id text,
        assignment_effective_at timestamptz,
        next_action_id uuid,
        next_action_due_at timestamptz,
        last_interaction_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Accounts nobody will touch again have no next action or an overdue one, listed the most
    // forgotten first. One index per filter the route offers, all on the same sort key.
    const dueKey = `(COALESCE(next_action_due_at, '-infinity'::timestamptz))`;
    await queryRunner.query(`CREATE INDEX accounts_follow_up ON ${s}.accounts (${dueKey}, account_id)`);
    await queryRunner.query(`CREATE INDEX accounts_follow_up_by_portfolio ON ${s}.accounts (portfolio_id, ${dueKey}, account_id)`);
    await queryRunner.query(`CREATE INDEX accounts_follow_up_by_assignee ON ${s}.accounts (assignee_id, ${dueKey}, account_id)`);
    await queryRunner.query(`CREATE INDEX accounts_by_debtor ON ${s}.accounts (debtor_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = `"${queryRunner.connection.driver.schema ?? 'interactions'}"`;
    for (const table of ['accounts', 'next_actions', 'account_assignments']) {
      await queryRunner.query(`DROP TABLE ${s}.${table}`);
    }
  }
}
