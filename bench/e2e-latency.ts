// End-to-end latency: from the gateway's 2xx for a new interaction to its record-sealed event on
// the audit topic, at a steady open-loop rate (by default half the maximum that
// bench/results/gateway-ingest.json measured). The reader of the audit topic runs in this process.
//   npm run bench:e2e-latency -- [--rate N] [--seconds 20] [--runs 3]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { AuditEventTypes } from '@bitacora/contracts';
import { openLoop } from './lib/http-load';
import { interactionRequest } from './lib/interaction-request';
import { formatSpread, integerOption, machineState, percentile, spreadOf, writeResults } from './lib/kit';
import { BROKERS, startPlatform, uniqueSuffix } from './lib/platform';

const seconds = integerOption('seconds', 20);
const runs = integerOption('runs', 3);
const WAIT_FOR_SEALS_MS = 60_000;

function defaultRate(): number {
  const file = join(__dirname, 'results', 'gateway-ingest.json');
  if (!existsSync(file)) {
    return 40;
  }
  const results = JSON.parse(readFileSync(file, 'utf8')) as { figures: { gatewayMaxPerSecond: { median: number } } };
  return Math.max(1, Math.round(results.figures.gatewayMaxPerSecond.median / 2));
}

interface SealedMessage {
  type?: string;
  data?: { payload?: { type?: string; data?: { interactionId?: string } } };
}

async function main(): Promise<void> {
  const rate = integerOption('rate', defaultRate());
  const before = machineState();
  const platform = await startPlatform(4240);
  const sealedAt = new Map<string, number>();
  const kafka = new Kafka({ clientId: `bench-e2e-${platform.suffix}`, brokers: BROKERS.split(','), logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `bench-e2e-${platform.suffix}`, maxWaitTimeInMs: 20 });
  const runResults = [];
  try {
    await consumer.connect();
    await consumer.subscribe({ topic: platform.topics.audit, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const event = JSON.parse(message.value?.toString('utf8') ?? '{}') as SealedMessage;
        const interactionId = event.data?.payload?.data?.interactionId;
        if (event.type === AuditEventTypes.recordSealed && event.data?.payload?.type === 'co.collections.interaction.recorded.v1' && interactionId) {
          sealedAt.set(interactionId, Date.now());
        }
      },
    });
    const run = uniqueSuffix();
    let next = 0;
    const warmup = await openLoop({ port: platform.gateway.port, next: (index) => interactionRequest(run, index) }, rate, 5, 256, next);
    next += warmup.completed + warmup.failed + warmup.skipped;
    for (let index = 0; index < runs; index++) {
      const load = await openLoop({ port: platform.gateway.port, keepBodies: true, next: (index) => interactionRequest(run, index) }, rate, seconds, 256, next);
      next += load.completed + load.failed + load.skipped;
      const accepted = load.accepted.map(({ at, body }) => ({ at, interactionId: (JSON.parse(body) as { interactionId: string }).interactionId }));
      const deadline = Date.now() + WAIT_FOR_SEALS_MS;
      while (accepted.some(({ interactionId }) => !sealedAt.has(interactionId)) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const latencies = accepted.filter(({ interactionId }) => sealedAt.has(interactionId)).map(({ at, interactionId }) => (sealedAt.get(interactionId) ?? at) - at).sort((a, b) => a - b);
      const result = {
        accepted: accepted.length,
        sealed: latencies.length,
        ingestPerSecond: load.perSecond,
        p50Ms: percentile(latencies, 50),
        p95Ms: percentile(latencies, 95),
        p99Ms: percentile(latencies, 99),
        maxMs: latencies.at(-1) ?? Number.NaN,
      };
      console.log(`run ${index + 1}: ${result.sealed}/${result.accepted} sealed, p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, p99 ${result.p99Ms} ms, max ${result.maxMs} ms`);
      runResults.push(result);
    }
  } finally {
    await consumer.disconnect().catch((error: unknown) => console.error('closing the audit reader failed:', error));
    await platform.stop();
  }
  const p99 = spreadOf(runResults.map((run) => run.p99Ms));
  console.log(`at ${rate} interactions/s: p50 ${formatSpread(spreadOf(runResults.map((run) => run.p50Ms)), 'ms')}, p99 ${formatSpread(p99, 'ms')}`);
  writeResults('e2e-latency', before, {
    settings: { rate, seconds, runs },
    runs: runResults,
    p50Ms: spreadOf(runResults.map((run) => run.p50Ms)),
    p95Ms: spreadOf(runResults.map((run) => run.p95Ms)),
    p99Ms: p99,
    unsealed: runResults.map((run) => run.accepted - run.sealed),
    targets: { p99AtMost250MsAtHalfMaxIngest: p99.median <= 250 && runResults.every((run) => run.sealed === run.accepted) },
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
