import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Kafka, Producer } from 'kafkajs';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { DeadLetterHeaders, deadLetterTopicOf } from '@bitacora/contracts';
import { createTestDatabase, readTopic, TestDatabase, testKafka, uniqueSuffix, waitFor } from '@bitacora/testing';
import { appendToOutbox, claimInboxEntries, ConsumerRunner, createProducer, ensureTopics, OutboxRelay } from './index';
import { createTables, openDataSource, PAYMENTS_TOPIC, paymentEvent } from './test/fixtures';

const run = promisify(execFile);
const silent = pino({ level: 'silent' });
const child = join(__dirname, 'test', 'crash-child.ts');

/** Runs the crash child; it must end by SIGKILL, which is the point of the test. */
async function runChildUntilKilled(args: string[]): Promise<void> {
  try {
    await run(process.execPath, ['-r', '@swc-node/register', child, ...args], { env: process.env, timeout: 90000 });
  } catch (error) {
    const signal = (error as { signal?: string }).signal;
    if (signal === 'SIGKILL') return;
    throw error;
  }
  throw new Error('crash child exited normally; it was expected to kill itself');
}

describe('delivery guarantees on real Kafka and PostgreSQL', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let kafka: Kafka;
  let producer: Producer;
  let topic: string;

  beforeEach(async () => {
    db = await createTestDatabase('messaging');
    await createTables(db.ownerUrl, db.schema);
    dataSource = await openDataSource(db.appUrl, db.schema);
    kafka = testKafka();
    producer = createProducer(kafka);
    await producer.connect();
    topic = `${PAYMENTS_TOPIC}.test-${uniqueSuffix()}`;
    await ensureTopics(kafka, [{ topic, numPartitions: 3 }]);
  });

  afterEach(async () => {
    await producer.disconnect();
    await dataSource.destroy();
    await db.drop();
  });

  const relayFor = () => new OutboxRelay({ connection: { connectionString: db.appUrl }, schema: db.schema, producer, logger: silent, pollIntervalMs: 200 });

  it('publishes an outbox row committed before the writer was killed', async () => {
    await runChildUntilKilled(['outbox', db.appUrl, db.schema, topic, '5']);

    const relay = relayFor();
    await relay.start();
    try {
      const messages = await readTopic(kafka, topic, (received) => received.length >= 5);
      expect(messages).toHaveLength(5);
      const pending = await dataSource.query(`SELECT count(*)::int AS n FROM "${db.schema}".outbox WHERE published_at IS NULL`);
      expect(pending[0].n).toBe(0);
    } finally {
      await relay.stop();
    }
  });

  it('never skips a row whose transaction commits late', async () => {
    const late = dataSource.createQueryRunner();
    await late.connect();
    await late.startTransaction();
    await appendToOutbox(late.manager, db.schema, [{ topic, event: paymentEvent('ACC-LATE', 1) }]);

    await dataSource.transaction((manager) => appendToOutbox(manager, db.schema, [{ topic, event: paymentEvent('ACC-EARLY', 2) }]));
    const relay = relayFor();
    const publishedWhileOpen = await relay.drain();

    await late.commitTransaction();
    await late.release();
    const publishedAfterCommit = await relay.drain();

    expect(publishedWhileOpen).toBe(1);
    expect(publishedAfterCommit).toBe(1);
    const messages = await readTopic(kafka, topic, (received) => received.length >= 2);
    expect(messages.map((message) => message.key).sort()).toEqual(['ACC-EARLY', 'ACC-LATE']);
    await relay.stop();
  });

  it('keeps per-key order from outbox to consumer', async () => {
    const accounts = ['ACC-A', 'ACC-B', 'ACC-C'];
    for (let round = 0; round < 10; round += 1) {
      await dataSource.transaction((manager) =>
        appendToOutbox(manager, db.schema, accounts.flatMap((account) => [0, 1, 2].map((step) => ({ topic, event: paymentEvent(account, round * 3 + step) })))),
      );
    }
    const relay = relayFor();
    await relay.start();

    const messages = await readTopic(kafka, topic, (received) => received.length >= 90);
    await relay.stop();

    for (const account of accounts) {
      const sequence = messages.filter((message) => message.key === account).map((message) => JSON.parse(message.value).data.paymentId as string);
      expect(sequence).toHaveLength(30);
      expect(sequence).toEqual([...sequence].sort());
    }
  });

  it('applies an effect once when the consumer died before committing its offset', async () => {
    const group = `group-${uniqueSuffix()}`;
    await producer.send({ topic, messages: [0, 1, 2, 3].map((index) => ({ key: 'ACC-ONCE', value: JSON.stringify(paymentEvent('ACC-ONCE', index)) })) });

    await runChildUntilKilled(['consume', db.appUrl, db.schema, topic, group]);
    const afterCrash = await dataSource.query(`SELECT count(*)::int AS n FROM "${db.schema}".effects`);
    expect(afterCrash[0].n).toBeGreaterThan(0);

    const runner = new ConsumerRunner({
      kafka,
      groupId: group,
      topics: [topic],
      producer,
      logger: silent,
      sessionTimeoutMs: 10000,
      handler: (events) =>
        dataSource.transaction(async (manager) => {
          const fresh = await claimInboxEntries(manager, db.schema, group, events.map((consumed) => ({ eventId: consumed.event.id, topic: consumed.topic, partition: consumed.partition, offset: consumed.offset })));
          for (const consumed of events.filter((candidate) => fresh.has(candidate.event.id))) {
            await manager.query(`INSERT INTO "${db.schema}".effects (event_id, payment_id) VALUES ($1, $2)`, [consumed.event.id, (consumed.event.data as { paymentId: string }).paymentId]);
          }
        }),
    });
    await runner.start();
    try {
      await waitFor('all four inbox entries', async () => {
        const rows = await dataSource.query(`SELECT count(*)::int AS n FROM "${db.schema}".inbox`);
        return rows[0].n === 4;
      }, 60000);
      const effects = await dataSource.query(`SELECT payment_id, count(*)::int AS n FROM "${db.schema}".effects GROUP BY payment_id ORDER BY payment_id`);
      expect(effects).toHaveLength(4);
      expect(effects.every((row: { n: number }) => row.n === 1)).toBe(true);
    } finally {
      await runner.stop();
    }
  });

  it('dead-letters a poison message with its reason and goes on', async () => {
    const group = `group-${uniqueSuffix()}`;
    const applied: string[] = [];
    await producer.send({
      topic,
      messages: [
        { key: 'ACC-P', value: '{"not": "a cloudevent"' },
        { key: 'ACC-P', value: JSON.stringify({ ...paymentEvent('ACC-P', 1), data: { paymentId: 'X' } }) },
        { key: 'ACC-P', value: JSON.stringify(paymentEvent('ACC-P', 2)) },
      ],
    });
    const runner = new ConsumerRunner({
      kafka,
      groupId: group,
      topics: [topic],
      producer,
      logger: silent,
      sessionTimeoutMs: 10000,
      handler: async (events) => {
        applied.push(...events.map((consumed) => (consumed.event.data as { paymentId: string }).paymentId));
      },
    });
    await runner.start();
    try {
      const dead = await readTopic(kafka, deadLetterTopicOf(topic), (received) => received.length >= 2);
      await waitFor('the valid message applied', () => applied.length === 1);

      expect(dead.map((message) => message.headers[DeadLetterHeaders.reason]).sort()).toEqual(['INVALID_DATA', 'INVALID_JSON']);
      expect(dead.every((message) => message.headers[DeadLetterHeaders.originalTopic] === topic)).toBe(true);
      expect(applied).toEqual(['PAY-ACC-P-00002']);
    } finally {
      await runner.stop();
    }
  });
});
