// Measures how many records per second sealBatch stores: batches of one input partition, each
// sealed in one transaction, on a fresh schema of the local PostgreSQL. Kafka is not involved.
//   node -r @swc-node/register services/audit/bench/seal-throughput.ts [batches] [batchSize] [chains]
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { createEvent } from '@bitacora/contracts';
import type { ConsumedEvent } from '@bitacora/messaging';
import { createServiceDataSource, runMigrations } from '@bitacora/persistence';
import { createTestDatabase } from '@bitacora/testing';
import { inputTopicsOf, resolveAuditOptions } from '../src/audit-options';
import { auditMigrations } from '../src/migrations';
import { LedgerEventValidator } from '../src/sealing/ledger-event-validator';
import { sealBatch } from '../src/sealing/seal-batch';

async function main(): Promise<void> {
  const [batches, batchSize, chains] = process.argv.slice(2).map(Number);
  const batchCount = batches || 100;
  const size = batchSize || 1000;
  const chainCount = chains || 4;

  const db = await createTestDatabase('auditbench');
  try {
    await runMigrations({ url: db.ownerUrl, schema: db.schema, applicationName: 'bench', migrations: auditMigrations });
    const dataSource = createServiceDataSource({ url: db.appUrl, schema: db.schema, applicationName: 'bench' });
    await dataSource.initialize();

    const options = resolveAuditOptions();
    const settings = { schema: db.schema, auditTopic: options.topics.audit, validator: new LedgerEventValidator(inputTopicsOf(options.topics)) };
    const prepared = Array.from({ length: batchCount }, (_, batch) => makeBatch(batch, size, batch % chainCount, settings.validator));

    // One sequential worker per chain, as one consumer per partition would run.
    const backendPids = await poolBackendPids(dataSource, chainCount + 2);
    const backendCpuBefore = backendCpuSeconds(backendPids);
    const started = process.hrtime.bigint();
    const cpuBefore = process.cpuUsage();
    let sealed = 0;
    await Promise.all(
      Array.from({ length: chainCount }, async (_, chain) => {
        for (const events of prepared.filter((_batch, index) => index % chainCount === chain)) {
          const outcome = await sealBatch(dataSource, settings, events);
          sealed += outcome.sealed.length;
        }
      }),
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const cpu = process.cpuUsage(cpuBefore);
    const nodeCpuSeconds = (cpu.user + cpu.system) / 1e6;
    const postgresCpuSeconds = backendCpuSeconds(backendPids) - backendCpuBefore;

    process.stdout.write(
      `${sealed} records in ${seconds.toFixed(2)} s: ${Math.round(sealed / seconds)} records/s (batches of ${size}, ${chainCount} chains); CPU: Node ${nodeCpuSeconds.toFixed(2)} s, PostgreSQL backends ${postgresCpuSeconds.toFixed(2)} s, ` +
        `${Math.round(((nodeCpuSeconds + postgresCpuSeconds) * 1e6) / sealed)} µs per record\n`,
    );
    await dataSource.destroy();
  } finally {
    await db.drop();
  }
}

/** Opens `count` pool connections at once and returns their server process ids. */
async function poolBackendPids(dataSource: { query(sql: string): Promise<{ pid: number }[]> }, count: number): Promise<number[]> {
  const rows = await Promise.all(Array.from({ length: count }, () => dataSource.query('SELECT pg_backend_pid() AS pid, pg_sleep(0.05)')));
  return [...new Set(rows.map((result) => result[0].pid))];
}

/** CPU time (user and system) of the given server processes, read from /proc (Linux, same machine only). */
function backendCpuSeconds(pids: number[]): number {
  const ticksPerSecond = 100;
  let ticks = 0;
  for (const pid of pids) {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / ticksPerSecond;
}

/** Builds a batch as the consumer runner hands it over: validated events of one partition. */
function makeBatch(batch: number, size: number, partition: number, validator: LedgerEventValidator): ConsumedEvent[] {
  return Array.from({ length: size }, (_, index) => {
    const debtorId = `CC-${(batch * size + index) % 5000}`;
    const event = createEvent({
      type: 'co.collections.access.debtor-data-read.v1',
      source: '/services/gateway',
      actor: `agent:ag-${index % 50}`,
      debtorId,
      data: {
        accessId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a11',
        debtorId,
        principal: { kind: 'api_key', id: 'crm-main', roles: ['agent'] },
        method: 'GET',
        route: '/v1/debtors/:debtorId/timeline',
        requestId: `req-${batch}-${index}`,
        accessedAt: '2026-03-10T15:42:10Z',
      },
    });
    const topic = 'collections.access.v1';
    const outcome = validator.validate(topic, JSON.stringify(event));
    if (!outcome.ok) {
      throw new Error(`bench event is invalid: ${outcome.detail}`);
    }
    return { event: outcome.event, topic, partition, offset: String(batch * size + index), key: debtorId, headers: {} };
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
