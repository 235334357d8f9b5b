// Measures the built audit service alone under a backlog: publishes payment events to a fresh
// topic, starts dist/services/audit/src/main.js on a fresh schema, and reports how fast it seals
// the backlog, its CPU time and its peak resident memory (VmHWM). Build first (`npm run build`).
//   node -r @swc-node/register services/audit/bench/service-under-load.ts [events] [partitions]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { Topics, createEvent, PaymentEventTypes } from '@bitacora/contracts';
import { headersFor } from '@bitacora/messaging';
import { createTestDatabase, uniqueSuffix } from '@bitacora/testing';

const BROKERS = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';
const PORT = 4293;

async function main(): Promise<void> {
  const [eventsArgument, partitionsArgument] = process.argv.slice(2).map(Number);
  const total = eventsArgument || 100_000;
  const partitions = partitionsArgument || 6;

  const suffix = `.bench-${uniqueSuffix()}`;
  const kafka = new Kafka({ clientId: `bench-audit-load${suffix}`, brokers: BROKERS.split(','), logLevel: logLevel.NOTHING });
  await produceBacklog(kafka, `${Topics.payments}${suffix}`, total, partitions);

  const db = await createTestDatabase('bench_audit');
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [join(__dirname, '..', '..', '..', 'dist', 'services', 'audit', 'src', 'main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(PORT),
      DATABASE_URL: db.appUrl,
      DATABASE_MIGRATION_URL: db.ownerUrl,
      DATABASE_SCHEMA: db.schema,
      KAFKA_BROKERS: BROKERS,
      KAFKA_CLIENT_ID: `bench-audit${suffix}`,
      KAFKA_TOPIC_SUFFIX: suffix,
      AUDIT_CONSUMER_GROUP: `audit.ledger${suffix}`,
      AUDIT_LOCAL_KEY_DIR: mkdtempSync(join(tmpdir(), 'bench-audit-key-')),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const admin = new Client({ connectionString: db.ownerUrl });
  await admin.connect();
  try {
    let sealed = 0;
    const deadline = Date.now() + 600_000;
    while (sealed < total && Date.now() < deadline && child.exitCode === null) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      // The table appears once the service has run its migrations.
      const result = await admin.query<{ count: string }>(`SELECT count(*) AS count FROM "${db.schema}".ledger_records`).catch(() => ({ rows: [{ count: '0' }] }));
      sealed = Number(result.rows[0].count);
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const { peakMiB, cpuSeconds } = processFigures(child.pid ?? 0);
    process.stdout.write(
      `${sealed} of ${total} events sealed from ${partitions} partitions in ${seconds.toFixed(1)} s (including service start): ` +
        `${Math.round(sealed / seconds)} records/s; audit CPU ${cpuSeconds.toFixed(1)} s (${Math.round((cpuSeconds * 1e6) / total)} µs per record, start included); ` +
        `audit peak RSS ${peakMiB} MiB\n`,
    );
  } finally {
    await admin.end();
    const exited = new Promise((resolve) => child.once('exit', resolve));
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    await db.drop();
    const cleanup = kafka.admin();
    await cleanup.connect();
    await cleanup.deleteTopics({ topics: [`${Topics.payments}${suffix}`] }).catch(() => undefined);
    await cleanup.disconnect();
  }
}

/** Creates `topic` and sends `count` payment-received events to it. */
async function produceBacklog(kafka: Kafka, topic: string, count: number, partitions: number): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: partitions, replicationFactor: 1 }], waitForLeaders: true });
  await admin.disconnect();
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  for (let first = 0; first < count; first += 2000) {
    const messages = [];
    for (let index = first; index < Math.min(count, first + 2000); index++) {
      const accountId = `CRED-bench-${index % 50_000}`;
      const debtorId = `CC-bench-${index % 50_000}`;
      const event = createEvent({
        source: 'urn:bench:core-banking',
        type: PaymentEventTypes.received,
        accountId,
        debtorId,
        data: { paymentId: `PAY-bench-${index}`, accountId, debtorId, amount: '150000.00', currency: 'COP', paidAt: '2026-03-10T15:42:10Z', valueDate: '2026-03-10', channel: 'pse' },
      });
      messages.push({ key: accountId, value: JSON.stringify(event), headers: headersFor(event) });
    }
    await producer.send({ topic, messages, acks: 1 });
  }
  await producer.disconnect();
}

/** Peak resident memory and CPU time (user and system) of a process, read from /proc (Linux only). */
function processFigures(pid: number): { peakMiB: number; cpuSeconds: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return {
    peakMiB: Math.round(Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]) / 1024),
    cpuSeconds: (Number(fields[11]) + Number(fields[12])) / 100,
  };
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
