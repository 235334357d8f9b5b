/**
 * Measures how fast the promises service applies a backlog of core.payments.v1 events, end to
 * end: the events are produced first, then a fresh service instance starts and consumes them.
 *
 *   DATABASE_URL=postgres://bitacora:bitacora-local@127.0.0.1:5433/bitacora KAFKA_BROKERS=127.0.0.1:9092 \
 *   node -r @swc-node/register services/promises/bench/payment-replay.ts [payments] [accounts]
 *
 * Every account gets one PENDING promise first, so payments allocate, keep promises and publish
 * events as in production. The schema and topics are created for the run and dropped after it.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pino from 'pino';
import { Client } from 'pg';
import { CLOUDEVENTS_CONTENT_TYPE, createEvent, PaymentEventTypes, Topics } from '@bitacora/contracts';
import { addDays, bogotaDateOf } from '@bitacora/domain';
import { createFastifyAdapter } from '@bitacora/runtime';
import { createTestDatabase, testKafka, uniqueSuffix, waitFor } from '@bitacora/testing';
import { PromisesModule } from '../src/app.module';
import { loadPromisesConfig } from '../src/config';

const PAYMENTS = Number(process.argv[2] ?? 100_000);
const ACCOUNTS = Number(process.argv[3] ?? 10_000);
const PARTITIONS = 6;
const PRODUCE_CHUNK = 5_000;

async function main(): Promise<void> {
  const suffix = uniqueSuffix();
  const db = await createTestDatabase('promises_bench');
  const kafka = testKafka();
  const topics = { payments: `${Topics.payments}.bench-${suffix}`, interactions: `${Topics.interactions}.bench-${suffix}`, promises: `${Topics.promises}.bench-${suffix}` };
  const config = loadPromisesConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: db.appUrl,
    DATABASE_MIGRATION_URL: db.ownerUrl,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS,
    KAFKA_TOPIC_PARTITIONS: String(PARTITIONS),
    SCHEDULER_ENABLED: 'false',
  });
  const boot = async (consumerGroup: string) => {
    const app = await NestFactory.create<NestFastifyApplication>(
      PromisesModule.register(config, pino({ level: 'warn' }), db.schema, { topics, consumerGroups: { payments: consumerGroup, interactions: `bench-interactions-${suffix}` } }),
      createFastifyAdapter(),
      { logger: false },
    );
    await app.init();
    return app;
  };
  const admin = new Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  const count = async (sql: string) => Number((await admin.query<{ count: string }>(sql.replaceAll('$schema', `"${db.schema}"`))).rows[0].count);

  try {
    // Creates the topics and the schema, then stops: the backlog is produced while no consumer runs.
    await (await boot(`bench-idle-${suffix}`)).close();
    await seedPromises(admin, db.schema, ACCOUNTS);

    const producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    const produceStarted = performance.now();
    for (let start = 0; start < PAYMENTS; start += PRODUCE_CHUNK) {
      const messages = Array.from({ length: Math.min(PRODUCE_CHUNK, PAYMENTS - start) }, (_, offset) => paymentMessage(start + offset));
      await producer.send({ topic: topics.payments, acks: -1, messages });
    }
    await producer.disconnect();
    report(`produced ${PAYMENTS} payments for ${ACCOUNTS} accounts in ${seconds(produceStarted)} s`);

    const started = performance.now();
    const app = await boot(`bench-payments-${suffix}`);
    await waitFor('every payment applied', async () => (await count('SELECT count(*) AS count FROM $schema.payments')) === PAYMENTS, 3_600_000, 1000);
    const elapsed = (performance.now() - started) / 1000;
    await app.close();

    const allocations = await count('SELECT count(*) AS count FROM $schema.allocations');
    const kept = await count(`SELECT count(*) AS count FROM $schema.promises WHERE status = 'KEPT'`);
    const events = await count('SELECT count(*) AS count FROM $schema.outbox');
    report(`applied ${PAYMENTS} payments in ${elapsed.toFixed(1)} s: ${Math.round(PAYMENTS / elapsed)} payments/s`);
    report(`${allocations} allocations, ${kept} promises kept, ${events} events in the outbox`);
    report(`at this rate 1 000 000 payments take about ${(1_000_000 / (PAYMENTS / elapsed) / 60).toFixed(1)} min (one instance, ${PARTITIONS} partitions)`);
  } finally {
    await admin.end();
    await db.drop();
  }
}

function paymentMessage(index: number) {
  const accountId = `CRED-${index % ACCOUNTS}`;
  const event = createEvent({
    type: PaymentEventTypes.received,
    source: 'urn:bank:core',
    accountId,
    data: { paymentId: `PAY-${index}`, accountId, amount: '50000.00', currency: 'COP', paidAt: new Date().toISOString(), valueDate: bogotaDateOf(new Date()), channel: 'pse' },
  });
  return { key: accountId, value: JSON.stringify(event), headers: { 'content-type': CLOUDEVENTS_CONTENT_TYPE } };
}

/** Inserts one PENDING promise of 150 000 COP per account, due in ten days, straight into the schema. */
async function seedPromises(admin: Client, schema: string, accounts: number): Promise<void> {
  const dueDate = addDays(bogotaDateOf(new Date()), 10);
  await admin.query(
    `INSERT INTO "${schema}".promises (id, debtor_id, account_id, agent_id, amount, currency, due_date, grace_days, grace_day_counting,
       deadline_date, kept_threshold_basis_points, status, paid_amount, paid_late_amount, created_at, created_by, updated_at, updated_by)
     SELECT gen_random_uuid(), 'CC-' || n, 'CRED-' || n, 'ag-' || (n % 50), 15000000, 'COP', $1::date, 0, 'CALENDAR_DAYS',
       $1::date, 10000, 'PENDING', 0, 0, now(), 'service:bench', now(), 'service:bench'
     FROM generate_series(0, $2::int - 1) AS n`,
    [dueDate, accounts],
  );
  await admin.query(`INSERT INTO "${schema}".accounts (account_id, next_deadline_date) SELECT 'CRED-' || n, $1::date FROM generate_series(0, $2::int - 1) AS n`, [dueDate, accounts]);
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

function report(line: string): void {
  process.stdout.write(`${line}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`payment replay failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
