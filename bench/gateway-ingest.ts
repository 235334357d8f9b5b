// Recording interactions through the gateway: the highest sustained rate (closed loop), then
// latency at 50 % and 90 % of it (open loop), against pgbench running the interactions service's
// SQL transaction for one interaction on the same database.
//   npm run bench:gateway-ingest -- [--runs 3] [--seconds 10] [--concurrency 32]
import { integerOption, machineState, spreadOf, formatSpread, writeResults, round } from './lib/kit';
import { closedLoop, openLoop, type LoadResult } from './lib/http-load';
import { interactionRequest } from './lib/interaction-request';
import { runPgbench, writeInteractionScript } from './lib/pgbench';
import { startPlatform, uniqueSuffix } from './lib/platform';

const runs = integerOption('runs', 3);
const seconds = integerOption('seconds', 10);
const concurrency = integerOption('concurrency', 32);
const MAX_REQUESTS_PER_RUN = 200_000;

function latencySpreads(results: LoadResult[]) {
  return {
    perSecond: spreadOf(results.map((result) => result.perSecond)),
    p50Ms: spreadOf(results.map((result) => result.latencyMs.p50)),
    p95Ms: spreadOf(results.map((result) => result.latencyMs.p95)),
    p99Ms: spreadOf(results.map((result) => result.latencyMs.p99)),
    failed: results.map((result) => result.failed),
    skipped: results.map((result) => result.skipped),
  };
}

async function main(): Promise<void> {
  const before = machineState();
  console.log('machine before:', before);
  const platform = await startPlatform(4200);
  const run = uniqueSuffix();
  let next = 0;
  const target = { port: platform.gateway.port, next: (index: number) => interactionRequest(run, index) };
  try {
    const warmup = await closedLoop(target, concurrency, 5, MAX_REQUESTS_PER_RUN, next);
    next += warmup.completed + warmup.failed;
    console.log(`warm-up: ${warmup.perSecond} req/s, statuses ${JSON.stringify(warmup.statuses)}`);

    const maxima: LoadResult[] = [];
    for (let index = 0; index < runs; index++) {
      const result = await closedLoop(target, concurrency, seconds, MAX_REQUESTS_PER_RUN, next);
      next += result.completed + result.failed;
      console.log(`max run ${index + 1}: ${result.perSecond} req/s, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms, failed ${result.failed}`);
      maxima.push(result);
    }
    const max = spreadOf(maxima.map((result) => result.perSecond));

    const atShare: Record<string, LoadResult[]> = { half: [], ninetyPercent: [] };
    for (const [label, share] of [['half', 0.5], ['ninetyPercent', 0.9]] as const) {
      for (let index = 0; index < runs; index++) {
        const result = await openLoop(target, max.median * share, seconds, 256, next);
        next += Math.floor(max.median * share * seconds);
        console.log(`${label} run ${index + 1}: ${result.perSecond} req/s, p50 ${result.latencyMs.p50} ms, p95 ${result.latencyMs.p95} ms, p99 ${result.latencyMs.p99} ms, failed ${result.failed}, skipped ${result.skipped}`);
        atShare[label].push(result);
      }
    }
    const memory = Object.fromEntries(platform.services.map((service) => [service.name, service.memory()]));

    const template = await templateInteraction(platform.interactions.db.ownerUrl, platform.interactions.db.schema);
    for (const service of platform.services) {
      await service.kill();
    }
    const script = await writeInteractionScript(platform.interactions.db.ownerUrl, platform.interactions.db.schema, template);
    const pgbench = [];
    for (let index = 0; index < runs; index++) {
      const result = runPgbench(platform.interactions.db.appUrl, script, concurrency, seconds);
      console.log(`pgbench run ${index + 1}: ${result.tps} tps, latency average ${result.latencyAverageMs} ms`);
      pgbench.push(result);
    }
    const pgbenchTps = spreadOf(pgbench.map((result) => result.tps));
    const half = latencySpreads(atShare.half);
    const figures = {
      settings: { runs, seconds, concurrency, pgbenchClients: concurrency, pgbenchScript: script },
      gatewayMaxPerSecond: max,
      pgbenchTransactionsPerSecond: pgbenchTps,
      ratioGatewayToPgbench: round(max.median / pgbenchTps.median),
      atHalfMax: half,
      atNinetyPercentOfMax: latencySpreads(atShare.ninetyPercent),
      peakMemoryMiB: memory,
      targets: {
        gatewayAtLeast25PercentOfPgbench: max.median / pgbenchTps.median >= 0.25,
        p99AtHalfMaxAtMost50Ms: half.p99Ms.median <= 50,
      },
    };
    console.log(`gateway max: ${formatSpread(max, 'req/s')}`);
    console.log(`pgbench:     ${formatSpread(pgbenchTps, 'tps')}`);
    console.log(`ratio gateway/pgbench: ${figures.ratioGatewayToPgbench}`);
    console.log(`at half max: p50 ${formatSpread(half.p50Ms, 'ms')}, p99 ${formatSpread(half.p99Ms, 'ms')}`);
    writeResults('gateway-ingest', before, figures);
  } finally {
    await platform.stop();
  }
}

async function templateInteraction(ownerUrl: string, schema: string): Promise<string> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const rows = await client.query<{ id: string }>(
      `SELECT i.id::text AS id FROM "${schema}".interactions i
        WHERE EXISTS (SELECT 1 FROM "${schema}".outbox o WHERE o.value::text LIKE '%' || i.id::text || '%') LIMIT 1`,
    );
    if (!rows.rows[0]) {
      throw new Error('no interaction with its outbox row left to copy for pgbench');
    }
    return rows.rows[0].id;
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
