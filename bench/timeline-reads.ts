// Timeline reads: latency of GET /v1/debtors/:debtorId/timeline through the gateway for a debtor
// with hundreds of interactions, in an interactions schema seeded with millions of them, next to
// the interactions service's own list route and the raw SQL of that list on the same data.
// Seeding copies one interaction the service wrote, in bulk with generate_series, as the owner,
// with the accounts rows the service keeps and a few amendments for the hot debtor.
//   npm run bench:timeline-reads -- [--interactions 2000000] [--hot-events 300] [--seconds 10] [--runs 3] [--concurrency 4]
import { Client } from 'pg';
import { closedLoop, type LoadResult } from './lib/http-load';
import { interactionRequest, LOCAL_API_KEY } from './lib/interaction-request';
import { formatSpread, integerOption, machineState, percentile, round, spreadOf, writeResults } from './lib/kit';
import { startPlatform, uniqueSuffix } from './lib/platform';

const interactions = integerOption('interactions', 2_000_000);
const hotEvents = integerOption('hot-events', 300);
const seconds = integerOption('seconds', 10);
const runs = integerOption('runs', 3);
const concurrency = integerOption('concurrency', 4);
const PAGE = 50;
const CHUNK = 250_000;

interface Column {
  name: string;
  type: string;
}

/** Copies the row of `table` matching `where` once per g in [from, to], with `overrides` as SQL expressions of g. */
async function copyRows(client: Client, schema: string, table: string, where: string, parameter: string, overrides: Record<string, string>, from: number, to: number): Promise<void> {
  const columns = (
    await client.query<Column>(
      `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type FROM pg_attribute a
         JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relname = $2 AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '' ORDER BY a.attnum`,
      [schema, table],
    )
  ).rows;
  const select = columns.map((column) => (overrides[column.name] ? `(${overrides[column.name]})::${column.type}` : `t."${column.name}"`)).join(', ');
  for (let first = from; first <= to; first += CHUNK) {
    const last = Math.min(to, first + CHUNK - 1);
    await client.query(
      `INSERT INTO "${schema}"."${table}" (${columns.map((column) => `"${column.name}"`).join(', ')})
       SELECT ${select} FROM (SELECT * FROM "${schema}"."${table}" WHERE ${where} LIMIT 1) t CROSS JOIN generate_series(${first}::bigint, ${last}::bigint) g`,
      [parameter],
    );
  }
}

async function seed(ownerUrl: string, schema: string, templateId: string, hotDebtor: string): Promise<{ seconds: number; totalInteractions: number; sizeMiB: number }> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  const startedAt = performance.now();
  try {
    const total = interactions + hotEvents;
    const debtorCount = Math.max(1, Math.floor(interactions / 10));
    const debtor = `CASE WHEN g > ${interactions} THEN '${hotDebtor}' ELSE 'CC-seed-' || (g % ${debtorCount}) END`;
    const account = `CASE WHEN g > ${interactions} THEN 'CRED-hot-' || (g % 3) ELSE 'CRED-seed-' || (g % ${debtorCount}) END`;
    const occurredAt = `timestamptz '2025-01-01 13:00:00+00' + ((g * 7919) % 31536000) * interval '1 second'`;
    const decision = (await client.query<{ id: string }>(`SELECT policy_decision_id::text AS id FROM "${schema}".interactions WHERE id = $1`, [templateId])).rows[0].id;
    await copyRows(client, schema, 'policy_decisions', 'id = $1', decision, {
      id: `md5('d' || g)::uuid`, interaction_id: `md5('i' || g)::uuid`, debtor_id: debtor, party_id: debtor, account_ids: `ARRAY[${account}]`,
      judged_instant: occurredAt, decided_at: occurredAt,
    }, 1, total);
    console.log(`seeded ${total} policy decisions`);
    await copyRows(client, schema, 'interactions', 'id = $1', templateId, {
      id: `md5('i' || g)::uuid`, debtor_id: debtor, party_id: debtor, account_ids: `ARRAY[${account}]`, occurred_at: occurredAt, recorded_at: occurredAt,
      policy_decision_id: `md5('d' || g)::uuid`, source_reference: `'seed-' || g`,
    }, 1, total);
    console.log(`seeded ${total} interactions`);
    await copyRows(client, schema, 'interaction_accounts', 'interaction_id = $1', templateId, { account_id: account, occurred_at: occurredAt, interaction_id: `md5('i' || g)::uuid` }, 1, total);
    console.log(`seeded ${total} interaction accounts`);
    // The service keeps one accounts row per account (the debtor's accounts, which the timeline
    // reads payments of), and the hot debtor has a few amendments, one per 30 interactions.
    await client.query(
      `INSERT INTO "${schema}".accounts (account_id, debtor_id, last_interaction_at)
       SELECT account_ids[1], debtor_id, max(occurred_at) FROM "${schema}".interactions WHERE source_reference LIKE 'seed-%' GROUP BY 1, 2
       ON CONFLICT (account_id) DO NOTHING`,
    );
    await client.query(
      `INSERT INTO "${schema}".interaction_amendments (id, interaction_id, changes, reason, actor, amended_at)
       SELECT md5('a' || g)::uuid, md5('i' || g)::uuid, '[{"field": "notes", "previous": null, "current": "corregida"}]'::jsonb, 'Nota corregida', 'agent:bench',
              ${occurredAt} + interval '1 day'
       FROM generate_series(${interactions + 1}::bigint, ${total}::bigint) g WHERE g % 30 = 0`,
    );
    for (const table of ['policy_decisions', 'interactions', 'interaction_accounts', 'accounts', 'interaction_amendments']) {
      await client.query(`ANALYZE "${schema}"."${table}"`);
    }
    const size = await client.query<{ bytes: string }>(
      `SELECT sum(pg_total_relation_size(c.oid))::bigint AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'`,
      [schema],
    );
    return { seconds: round((performance.now() - startedAt) / 1000), totalInteractions: total + 1, sizeMiB: Math.round(Number(size.rows[0].bytes) / 2 ** 20) };
  } finally {
    await client.end();
  }
}

async function sqlLatencies(appUrl: string, schema: string, debtorId: string, deadlineSeconds: number): Promise<{ p50: number; p95: number; p99: number; count: number }> {
  const client = new Client({ connectionString: appUrl });
  await client.connect();
  const latencies: number[] = [];
  const deadline = performance.now() + deadlineSeconds * 1000;
  try {
    while (performance.now() < deadline && latencies.length < 100_000) {
      const startedAt = performance.now();
      await client.query(
        `SELECT i.*, d.reasons FROM "${schema}".interactions i JOIN "${schema}".policy_decisions d ON d.id = i.policy_decision_id
          WHERE i.debtor_id = $1 ORDER BY i.occurred_at DESC, i.id DESC LIMIT ${PAGE + 1}`,
        [debtorId],
      );
      latencies.push(performance.now() - startedAt);
    }
  } finally {
    await client.end();
  }
  latencies.sort((a, b) => a - b);
  return { p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)), p99: round(percentile(latencies, 99)), count: latencies.length };
}

function summary(results: LoadResult[]) {
  return {
    perSecond: spreadOf(results.map((result) => result.perSecond)),
    p50Ms: spreadOf(results.map((result) => result.latencyMs.p50)),
    p95Ms: spreadOf(results.map((result) => result.latencyMs.p95)),
    p99Ms: spreadOf(results.map((result) => result.latencyMs.p99)),
    failed: results.map((result) => result.failed),
  };
}

async function main(): Promise<void> {
  const before = machineState();
  const platform = await startPlatform(4260, true);
  const run = uniqueSuffix();
  const hotDebtor = `CC-hot-${run}`;
  try {
    const template = interactionRequest(run, 0);
    const created = await fetch(`http://127.0.0.1:${platform.gateway.port}${template.path}`, { method: 'POST', headers: template.headers, body: template.body });
    if (created.status !== 201) {
      throw new Error(`template interaction was refused: ${created.status} ${await created.text()}`);
    }
    const templateId = ((await created.json()) as { interactionId: string }).interactionId;
    const seeded = await seed(platform.interactions.db.ownerUrl, platform.interactions.db.schema, templateId, hotDebtor);
    console.log(`seeded ${seeded.totalInteractions} interactions (${seeded.sizeMiB} MiB of tables and indexes) in ${seeded.seconds} s`);

    const headers = { 'x-api-key': LOCAL_API_KEY };
    const gatewayTarget = { port: platform.gateway.port, next: () => ({ method: 'GET', path: `/v1/debtors/${hotDebtor}/timeline?limit=${PAGE}`, headers }) };
    const serviceTarget = { port: platform.interactions.port, next: () => ({ method: 'GET', path: `/v1/debtors/${hotDebtor}/interactions?limit=${PAGE}`, headers: { 'x-actor': 'client:bench' } }) };
    await closedLoop(gatewayTarget, concurrency, 3, 10_000);
    const gateway: LoadResult[] = [];
    const service: LoadResult[] = [];
    const sql = [];
    for (let index = 0; index < runs; index++) {
      gateway.push(await closedLoop(gatewayTarget, concurrency, seconds, 100_000));
      service.push(await closedLoop(serviceTarget, concurrency, seconds, 100_000));
      sql.push(await sqlLatencies(platform.interactions.db.appUrl, platform.interactions.db.schema, hotDebtor, seconds));
      console.log(`run ${index + 1}: gateway timeline p50 ${gateway[index].latencyMs.p50} ms p99 ${gateway[index].latencyMs.p99} ms (${gateway[index].perSecond}/s, failed ${gateway[index].failed} ${JSON.stringify(gateway[index].statuses)}); ` +
        `interactions list p50 ${service[index].latencyMs.p50} ms p99 ${service[index].latencyMs.p99} ms (failed ${service[index].failed}); SQL p50 ${sql[index].p50} ms p99 ${sql[index].p99} ms`);
    }
    const timeline = summary(gateway);
    const list = summary(service);
    const sqlP99 = spreadOf(sql.map((result) => result.p99));
    console.log(`timeline p99 ${formatSpread(timeline.p99Ms, 'ms')}; interactions list p99 ${formatSpread(list.p99Ms, 'ms')}; SQL p99 ${formatSpread(sqlP99, 'ms')}`);
    writeResults('timeline-reads', before, {
      settings: { interactions, hotEvents, page: PAGE, seconds, runs, concurrency },
      seeded,
      gatewayTimeline: timeline,
      interactionsServiceList: list,
      sql: { p50Ms: spreadOf(sql.map((result) => result.p50)), p95Ms: spreadOf(sql.map((result) => result.p95)), p99Ms: sqlP99 },
      ratioTimelineP50ToSqlP50: round(timeline.p50Ms.median / spreadOf(sql.map((result) => result.p50)).median),
      ratioTimelineP99ToServiceListP99: round(timeline.p99Ms.median / list.p99Ms.median),
      targets: { p99AtMost30Ms: timeline.p99Ms.median <= 30 },
    });
  } finally {
    await platform.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
