/**
 * A separate process for the crash tests, run with `node -r @swc-node/register`. It does one
 * thing and then kills itself with SIGKILL, so nothing after that point (no relay publish, no
 * offset commit, no shutdown hook) can run:
 *   outbox  URL SCHEMA TOPIC COUNT  commit COUNT events to the outbox, then die before any relay runs
 *   consume URL SCHEMA TOPIC GROUP  apply the first batch with its inbox ids, then die before the offset commit
 */
import { Kafka, logLevel } from 'kafkajs';
import pino from 'pino';
import { claimInboxEntries, ConsumerRunner, createProducer, appendToOutbox } from '../index';
import { openDataSource, paymentEvent } from './fixtures';

async function main(): Promise<void> {
  const [mode, url, schema, topic, extra] = process.argv.slice(2);
  const dataSource = await openDataSource(url, schema);

  if (mode === 'outbox') {
    await dataSource.transaction(async (manager) => {
      const events = Array.from({ length: Number(extra) }, (_, index) => ({ topic, event: paymentEvent('ACC-CRASH', index) }));
      await appendToOutbox(manager, schema, events);
    });
    process.kill(process.pid, 'SIGKILL');
  }

  const kafka = new Kafka({ clientId: 'crash-child', brokers: (process.env.KAFKA_BROKERS ?? '').split(','), logLevel: logLevel.NOTHING });
  const producer = createProducer(kafka);
  await producer.connect();
  const runner = new ConsumerRunner({
    kafka,
    groupId: extra,
    topics: [topic],
    producer,
    logger: pino({ level: 'silent' }),
    // A short session lets the next consumer take the partition soon after this process dies.
    sessionTimeoutMs: 6000,
    handler: async (events) => {
      await dataSource.transaction(async (manager) => {
        const fresh = await claimInboxEntries(manager, schema, extra, events.map((consumed) => ({ eventId: consumed.event.id, topic: consumed.topic, partition: consumed.partition, offset: consumed.offset })));
        for (const consumed of events.filter((candidate) => fresh.has(candidate.event.id))) {
          const data = consumed.event.data as { paymentId: string };
          await manager.query(`INSERT INTO "${schema}".effects (event_id, payment_id) VALUES ($1, $2)`, [consumed.event.id, data.paymentId]);
        }
      });
      process.kill(process.pid, 'SIGKILL');
    },
  });
  await runner.start();
}

main().catch((error: unknown) => {
  process.stderr.write(`crash-child failed: ${(error as Error).stack}\n`);
  process.exit(2);
});
