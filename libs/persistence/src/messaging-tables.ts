import { QueryRunner } from 'typeorm';

/**
 * Creates the outbox and inbox tables of the messaging library in `schema`. Every service calls
 * this from its first migration. The outbox also keeps the id of the writing transaction (`txid`)
 * for diagnosis of slow or stuck rows.
 */
export async function createMessagingTables(queryRunner: QueryRunner, schema: string): Promise<void> {
  await queryRunner.query(`
    CREATE TABLE "${schema}".outbox (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      event_id text NOT NULL,
      topic text NOT NULL,
      message_key text NOT NULL,
      headers jsonb NOT NULL DEFAULT '{}'::jsonb,
      value text NOT NULL,
      txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
      created_at timestamptz NOT NULL DEFAULT now(),
      published_at timestamptz
    )`);
  await queryRunner.query(`CREATE INDEX outbox_unpublished ON "${schema}".outbox (id) WHERE published_at IS NULL`);
  await queryRunner.query(`CREATE INDEX outbox_published_at ON "${schema}".outbox (published_at) WHERE published_at IS NOT NULL`);
  await queryRunner.query(`
    CREATE TABLE "${schema}".inbox (
      consumer text NOT NULL,
      event_id text NOT NULL,
      topic text NOT NULL,
      kafka_partition integer NOT NULL,
      kafka_offset bigint NOT NULL,
      processed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (consumer, event_id)
    )`);
}

export async function dropMessagingTables(queryRunner: QueryRunner, schema: string): Promise<void> {
  await queryRunner.query(`DROP TABLE "${schema}".inbox`);
  await queryRunner.query(`DROP TABLE "${schema}".outbox`);
}
