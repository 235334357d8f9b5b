// Drops what benchmark runs leave behind: the bench_<service>_<suffix> schemas with their owner
// and app roles when no session uses them, and the runs' topics (<topic>.bench-<suffix>).
//   npm run bench:cleanup
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { ADMIN_URL, BROKERS } from './lib/platform';

const BENCH_SCHEMA = /^bench_(gateway|interactions|promises|audit)_[0-9a-f]{8}$/;
const BENCH_TOPIC = /\.bench-[0-9a-f]{8}$/;

async function dropTopics(): Promise<void> {
  const admin = new Kafka({ clientId: 'bench-cleanup', brokers: BROKERS.split(','), logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((topic) => BENCH_TOPIC.test(topic) || BENCH_TOPIC.test(topic.replace(/\.dlq$/, '')));
    if (topics.length > 0) {
      await admin.deleteTopics({ topics });
    }
    console.log(`${topics.length} benchmark topics deleted`);
  } finally {
    await admin.disconnect();
  }
}

async function main(): Promise<void> {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    const schemas = (await client.query<{ name: string }>(`SELECT nspname AS name FROM pg_namespace WHERE nspname LIKE 'bench\\_%'`)).rows
      .map((row) => row.name)
      .filter((name) => BENCH_SCHEMA.test(name));
    for (const schema of schemas) {
      const roles = [`${schema}_app`, `${schema}_owner`];
      const sessions = await client.query('SELECT 1 FROM pg_stat_activity WHERE usename = ANY($1)', [roles]);
      if (sessions.rowCount) {
        console.log(`${schema}: in use, kept`);
        continue;
      }
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      for (const role of roles) {
        const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
        if (exists.rowCount) {
          await client.query(`DROP OWNED BY "${role}"`);
          await client.query(`DROP ROLE "${role}"`);
        }
      }
      console.log(`${schema}: dropped with its roles`);
    }
  } finally {
    await client.end();
  }
  await dropTopics();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
