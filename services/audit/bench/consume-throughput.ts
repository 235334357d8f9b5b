// Measures sealing through Kafka: publishes events to a fresh input topic, then times how long
// the real audit module takes to seal all of them. Uses the local PostgreSQL and Kafka.
//   DATABASE_URL=... KAFKA_BROKERS=... node -r @swc-node/register services/audit/bench/consume-throughput.ts [events] [partitions]
import 'reflect-metadata';
import { waitFor } from '@bitacora/testing';
import { accessEvent, countRecords, startAuditHarness } from '../src/test/audit-harness';

async function main(): Promise<void> {
  const [eventsArgument, partitionsArgument] = process.argv.slice(2).map(Number);
  const total = eventsArgument || 50_000;
  const partitions = partitionsArgument || 6;

  const harness = await startAuditHarness({ partitions, consume: false });
  try {
    const events = Array.from({ length: total }, (_, index) => ({ event: accessEvent(`CC-${index % 5000}`, index), partition: index % partitions }));
    for (let start = 0; start < total; start += 5000) {
      await harness.publish(harness.topics.access, events.slice(start, start + 5000));
    }

    const started = Date.now();
    await harness.restart({ AUDIT_CHECKPOINT_EVERY_RECORDS: '10000' }, true);
    await waitFor('every event sealed', async () => (await countRecords(harness)) === total, 600_000, 250);
    const seconds = (Date.now() - started) / 1000;

    process.stdout.write(`${total} events sealed from ${partitions} partitions in ${seconds.toFixed(1)} s (including consumer start): ${Math.round(total / seconds)} records/s\n`);
  } finally {
    await harness.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
