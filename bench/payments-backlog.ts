// Payments: a backlog of core.payments.v1 events applied by the promises service, against a bare
// kafkajs consumer that reads and parses the same topic. The backlog is produced once on a topic
// of this run; each run is a fresh promises instance (new schema, new consumer group) or a fresh
// bare consumer group reading it from the beginning.
//   npm run bench:payments-backlog -- [--count 1000000] [--runs 3] [--timeout-seconds 900]
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { Client } from 'pg';
import { produceBacklog } from './lib/payments';
import { formatSpread, integerOption, machineState, round, spreadOf, writeResults } from './lib/kit';
import { benchTopics, BROKERS, startService, uniqueSuffix } from './lib/platform';

const count = integerOption('count', 1_000_000);
const runs = integerOption('runs', 3);
const timeoutSeconds = integerOption('timeout-seconds', 900);
const PARTITIONS = 6;

const kafka = new Kafka({ clientId: `bench-payments-${uniqueSuffix()}`, brokers: BROKERS.split(','), logLevel: logLevel.NOTHING });

async function committed(admin: Admin, groupId: string, topic: string): Promise<number> {
  const offsets = await admin.fetchOffsets({ groupId, topics: [topic] });
  return offsets[0].partitions.reduce((sum, partition) => sum + Math.max(0, Number(partition.offset)), 0);
}

/** Polls the group's committed offsets until all `count` are committed; rate counts from the first commit seen. */
async function timeUntilCommitted(admin: Admin, groupId: string, topic: string): Promise<{ perSecond: number; seconds: number }> {
  const deadline = Date.now() + timeoutSeconds * 1000;
  let first: { at: number; offset: number } | undefined;
  for (;;) {
    const offset = await committed(admin, groupId, topic).catch(() => 0);
    const at = performance.now();
    if (first === undefined && offset > 0) {
      first = { at, offset };
    }
    if (offset >= count && first !== undefined) {
      const seconds = (at - first.at) / 1000;
      return { perSecond: round((count - first.offset) / Math.max(seconds, 0.001)), seconds: round(seconds) };
    }
    if (Date.now() > deadline) {
      throw new Error(`group ${groupId} committed ${offset} of ${count} events within ${timeoutSeconds} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function storedPayments(ownerUrl: string, schema: string): Promise<number> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    return Number((await client.query<{ count: string }>(`SELECT count(*) AS count FROM "${schema}".payments`)).rows[0].count);
  } finally {
    await client.end();
  }
}

async function barePass(topic: string): Promise<{ perSecond: number; seconds: number }> {
  const consumer = kafka.consumer({ groupId: `bench-bare-${uniqueSuffix()}` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let seen = 0;
  let startedAt = 0;
  let resolveDone: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (resolveDone = resolve));
  await consumer.run({
    eachBatch: async ({ batch, resolveOffset, heartbeat }) => {
      if (startedAt === 0) {
        startedAt = performance.now();
      }
      for (const message of batch.messages) {
        JSON.parse(message.value?.toString('utf8') ?? 'null');
        resolveOffset(message.offset);
        seen++;
      }
      await heartbeat();
      if (seen >= count) {
        resolveDone();
      }
    },
  });
  const timer = setTimeout(resolveDone, timeoutSeconds * 1000);
  await done;
  clearTimeout(timer);
  const seconds = (performance.now() - startedAt) / 1000;
  await consumer.disconnect();
  if (seen < count) {
    throw new Error(`bare consumer read ${seen} of ${count} events within ${timeoutSeconds} s`);
  }
  return { perSecond: round(seen / seconds), seconds: round(seconds) };
}

async function main(): Promise<void> {
  const before = machineState();
  const suffix = uniqueSuffix();
  const topics = benchTopics(suffix);
  console.log(`producing ${count} payment events to ${topics.payments}`);
  const producedPerSecond = await produceBacklog(kafka, topics.payments, count, PARTITIONS);
  console.log(`produced at ${producedPerSecond} events/s`);
  const admin = kafka.admin();
  await admin.connect();
  const applied = [];
  const bare = [];
  const memory = [];
  try {
    for (let index = 0; index < runs; index++) {
      const bareRun = await barePass(topics.payments);
      console.log(`bare run ${index + 1}: ${bareRun.perSecond} events/s (${bareRun.seconds} s)`);
      bare.push(bareRun);
      const runSuffix = `${suffix}-${index}`;
      const promises = await startService('promises', { port: 4222, suffix: runSuffix, topics, env: { SCHEDULER_ENABLED: 'false' } });
      try {
        const result = await timeUntilCommitted(admin, `promises.payments.${runSuffix}`, topics.payments);
        memory.push(promises.memory().peakMiB);
        const stored = await storedPayments(promises.db.ownerUrl, promises.db.schema);
        if (stored !== count) {
          throw new Error(`promises stored ${stored} payments of ${count}: events were dead-lettered or lost`);
        }
        console.log(`promises run ${index + 1}: ${result.perSecond} events/s (${result.seconds} s), peak RSS ${promises.memory().peakMiB} MiB`);
        applied.push(result);
      } finally {
        await promises.stop();
      }
    }
  } finally {
    await admin.deleteTopics({ topics: [topics.payments] }).catch((error: unknown) => console.error('deleting the backlog topic failed:', error));
    await admin.disconnect();
  }
  const promisesRate = spreadOf(applied.map((run) => run.perSecond));
  const bareRate = spreadOf(bare.map((run) => run.perSecond));
  const ratio = round(promisesRate.median / bareRate.median);
  const secondsForMillion = round(1_000_000 / promisesRate.median);
  console.log(`promises: ${formatSpread(promisesRate, 'events/s')}`);
  console.log(`bare:     ${formatSpread(bareRate, 'events/s')}`);
  console.log(`ratio ${ratio}; a million events would take ${secondsForMillion} s`);
  writeResults('payments-backlog', before, {
    settings: { count, runs, partitions: PARTITIONS },
    producedPerSecond,
    promisesEventsPerSecond: promisesRate,
    promisesSeconds: spreadOf(applied.map((run) => run.seconds)),
    bareEventsPerSecond: bareRate,
    ratioPromisesToBare: ratio,
    projectedSecondsForOneMillion: secondsForMillion,
    promisesPeakMemoryMiB: spreadOf(memory),
    targets: { atLeast20PercentOfBare: ratio >= 0.2, millionUnderFiveMinutes: secondsForMillion < 300 },
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
