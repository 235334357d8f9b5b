// Memory: peak resident memory (VmHWM) of each service after a mixed load on all four: recording
// interactions through the gateway at full speed, a payments backlog for the promises service,
// timeline reads, and the audit service sealing all of it. Each run starts fresh processes.
//   npm run bench:memory -- [--seconds 20] [--payments 100000] [--runs 3]
import { Kafka, logLevel } from 'kafkajs';
import { closedLoop } from './lib/http-load';
import { interactionRequest, LOCAL_API_KEY } from './lib/interaction-request';
import { integerOption, machineState, spreadOf, writeResults } from './lib/kit';
import { produceBacklog } from './lib/payments';
import { BROKERS, startPlatform, uniqueSuffix } from './lib/platform';

const seconds = integerOption('seconds', 20);
const payments = integerOption('payments', 100_000);
const runs = integerOption('runs', 3);
const LIMIT_MIB = 300;

async function oneRun(index: number): Promise<Record<string, number>> {
  const platform = await startPlatform(4280, true);
  const kafka = new Kafka({ clientId: `bench-memory-${platform.suffix}`, brokers: BROKERS.split(','), logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  const run = uniqueSuffix();
  try {
    const ingest = closedLoop({ port: platform.gateway.port, next: (request) => interactionRequest(run, request) }, 32, seconds, 200_000);
    const reads = closedLoop({ port: platform.gateway.port, next: (request) => ({ method: 'GET', path: `/v1/debtors/CC-${run}-${request % 50}/timeline?limit=50`, headers: { 'x-api-key': LOCAL_API_KEY } }) }, 2, seconds, 100_000);
    const backlog = produceBacklog(kafka, platform.topics.payments, payments, 6);
    const [ingested, read] = await Promise.all([ingest, reads, backlog]);
    await admin.connect();
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      const offsets = await admin.fetchOffsets({ groupId: `promises.payments.${platform.suffix}`, topics: [platform.topics.payments] });
      if (offsets[0].partitions.reduce((sum, partition) => sum + Math.max(0, Number(partition.offset)), 0) >= payments) {
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const peaks = Object.fromEntries(platform.services.map((service) => [service.name, service.memory().peakMiB]));
    console.log(`run ${index + 1}: ${ingested.completed} interactions (${ingested.perSecond}/s), ${read.completed} timeline reads, ${payments} payments; peak RSS MiB ${JSON.stringify(peaks)}`);
    return peaks;
  } finally {
    await admin.disconnect().catch((error: unknown) => console.error('closing the Kafka admin failed:', error));
    await platform.stop();
  }
}

async function main(): Promise<void> {
  const before = machineState();
  const peaks: Record<string, number>[] = [];
  for (let index = 0; index < runs; index++) {
    peaks.push(await oneRun(index));
  }
  const figures: Record<string, unknown> = { settings: { seconds, payments, runs, limitMiB: LIMIT_MIB } };
  const targets: Record<string, boolean> = {};
  for (const name of ['gateway', 'interactions', 'promises', 'audit']) {
    const spread = spreadOf(peaks.map((run) => run[name]));
    figures[name] = { peakMiB: spread, ratioToLimit: Math.round((spread.median / LIMIT_MIB) * 100) / 100 };
    targets[`${name}Under300MiB`] = spread.max < LIMIT_MIB;
    console.log(`${name}: peak ${spread.median} MiB (${spread.min}–${spread.max}), ${Math.round((spread.median / LIMIT_MIB) * 100)} % of ${LIMIT_MIB} MiB`);
  }
  figures.targets = targets;
  writeResults('memory', before, figures);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
