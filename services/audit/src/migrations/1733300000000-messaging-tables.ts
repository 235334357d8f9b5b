import { MigrationInterface, QueryRunner } from 'typeorm';
import { createMessagingTables, dropMessagingTables } from '@bitacora/persistence';

export class MessagingTables1733300000000 implements MigrationInterface {
  name = 'MessagingTables1733300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createMessagingTables(queryRunner, queryRunner.connection.driver.schema ?? 'audit');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropMessagingTables(queryRunner, queryRunner.connection.driver.schema ?? 'audit');
  }
}
