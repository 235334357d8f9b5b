import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes of the contact KPIs (GET /v1/kpis/contacts), which read every interaction and every
 * denied check of a period rather than one debtor's.
 */
export class ContactKpiIndexes1764900000300 implements MigrationInterface {
  name = 'ContactKpiIndexes1764900000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = `"${queryRunner.connection.driver.schema ?? 'interactions'}"`;
    // The interactions of a period: one range scan instead of reading the whole table.
    await queryRunner.query(`CREATE INDEX interactions_by_occurred_at ON ${s}.interactions (occurred_at)`);
    // Denied checks of a period; allowed decisions and those of interactions are left out of the index.
    await queryRunner.query(`CREATE INDEX policy_decisions_denied_checks ON ${s}.policy_decisions (judged_instant) WHERE origin = 'check' AND outcome = 'denied'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = `"${queryRunner.connection.driver.schema ?? 'interactions'}"`;
    await queryRunner.query(`DROP INDEX ${s}.policy_decisions_denied_checks`);
    await queryRunner.query(`DROP INDEX ${s}.interactions_by_occurred_at`);
  }
}
