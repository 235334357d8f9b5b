import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AuditEventTypes, InteractionRecordTypes, PaymentEventTypes, Topics } from '@bitacora/contracts';
import { LOCAL_DEFAULTS } from '@bitacora/config';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { SOURCE_SYSTEM, type LoadRecord } from './steady-load';

const run = promisify(execFile);
const VERIFY_TOPIC = join(__dirname, '..', 'dist', 'services', 'audit', 'src', 'sources', 'verify-topic.js');

/** One line of the table: every count except `expected` must be 0. */
export interface ReconciliationRow {
  check: string;
  expected: number;
  found: number;
  lost: number;
  duplicated: number;
  mismatched: number;
}

export interface ReconciliationInput {
  databaseUrl: string;
  brokers: string[];
  topicSuffix: string;
  runSuffix: string;
  gatewayUrl: string;
  publicKeyPath: string;
  load: LoadRecord;
}

export interface Reconciliation {
  rows: ReconciliationRow[];
  notes: string[];
}

interface Counted {
  rows: number;
  distinctIds: number;
}

/** Compares the clients' accepted requests with the database, the ledger and the audit topic. */
export async function reconcile(input: ReconciliationInput): Promise<Reconciliation> {
  const client = new Client({ connectionString: input.databaseUrl });
  await client.connect();
  try {
    const sealed = await readSealedRecords(input.brokers, `${Topics.audit}${input.topicSuffix}`);
    const published = await readPaymentIds(input.brokers, `${Topics.payments}${input.topicSuffix}`);
    const rows = [
      rowOf('payments acked by the broker, on core.payments', [...input.load.payments.keys()], published),
      await interactionRows(client, input),
      await ledgerRow(client, 'interactions in audit ledger', InteractionRecordTypes.recorded, 'interactionId', [...input.load.interactions.values()]),
      topicRow('interactions on audit topic', sealed.get(InteractionRecordTypes.recorded) ?? new Map(), [...input.load.interactions.values()]),
      await paymentRow(client, input),
      await ledgerRow(client, 'payments in audit ledger', PaymentEventTypes.received, 'paymentId', [...input.load.payments.keys()]),
      topicRow('payments on audit topic', sealed.get(PaymentEventTypes.received) ?? new Map(), [...input.load.payments.keys()]),
      await deadLetterRow(input),
    ];
    const verification = await verifyChains(input);
    rows.push(verification.row);
    return { rows, notes: verification.notes };
  } finally {
    await client.end();
  }
}

/** Checks that every 2xx interaction is stored once, under the id the gateway returned. */
async function interactionRows(client: Client, input: ReconciliationInput): Promise<ReconciliationRow> {
  const result = await client.query<{ source_reference: string; ids: string[] }>(
    `SELECT source_reference, array_agg(id::text) AS ids FROM interactions.interactions WHERE source_system = $1 GROUP BY source_reference`,
    [SOURCE_SYSTEM],
  );
  const stored = new Map(result.rows.map((row) => [row.source_reference, row.ids]));
  const row = emptyRow('interactions in interactions schema', input.load.interactions.size);
  for (const [reference, interactionId] of input.load.interactions) {
    const ids = stored.get(reference) ?? [];
    row.found += ids.length === 0 ? 0 : 1;
    row.lost += ids.length === 0 ? 1 : 0;
    row.duplicated += ids.length > 1 ? 1 : 0;
    row.mismatched += ids.length === 1 && ids[0] !== interactionId ? 1 : 0;
  }
  return row;
}

/** Checks that every published payment is stored once, with its amount, and never over-allocated. */
async function paymentRow(client: Client, input: ReconciliationInput): Promise<ReconciliationRow> {
  const result = await client.query<{ payment_id: string; amount: string; copies: string; allocated: string }>(
    `SELECT p.payment_id, p.amount::text AS amount, count(*) OVER (PARTITION BY p.payment_id)::text AS copies,
            COALESCE((SELECT sum(a.amount) FROM promises.allocations a WHERE a.payment_id = p.payment_id AND a.reversed_at IS NULL), 0)::text AS allocated
       FROM promises.payments p WHERE p.payment_id LIKE $1`,
    [`PAY-FLT-${input.runSuffix}-%`],
  );
  const stored = new Map(result.rows.map((row) => [row.payment_id, row]));
  const row = emptyRow('payments applied in promises schema', input.load.payments.size);
  for (const [paymentId, published] of input.load.payments) {
    const payment = stored.get(paymentId);
    if (payment === undefined) {
      row.lost++;
      continue;
    }
    row.found++;
    row.duplicated += Number(payment.copies) > 1 ? 1 : 0;
    row.mismatched += BigInt(payment.amount) !== published.amount || BigInt(payment.allocated) > BigInt(payment.amount) ? 1 : 0;
  }
  return row;
}

/** Checks that the ledger contains one sealed record per event, found by the business id in the event data. */
async function ledgerRow(client: Client, check: string, eventType: string, idField: string, expectedIds: string[]): Promise<ReconciliationRow> {
  const result = await client.query<{ business_id: string; records: string; event_ids: string }>(
    `SELECT payload::jsonb -> 'data' ->> '${idField}' AS business_id, count(*)::text AS records, count(DISTINCT event_id)::text AS event_ids
       FROM audit.ledger_records WHERE event_type = $1 GROUP BY 1`,
    [eventType],
  );
  const counted = new Map<string, Counted>(result.rows.map((row) => [row.business_id, { rows: Number(row.records), distinctIds: Number(row.event_ids) }]));
  return rowOf(check, expectedIds, counted);
}

/**
 * Checks the sealed records on the audit topic. A record published twice by the outbox relay is the
 * same record (same chain and sequence), so it counts once, as an inbox would count it. One event
 * sealed at two positions, or two events for one business id, is a duplicate.
 */
function topicRow(check: string, byBusinessId: Map<string, { positions: Set<string>; eventIds: Set<string> }>, expectedIds: string[]): ReconciliationRow {
  const counted = new Map<string, Counted>([...byBusinessId].map(([id, seen]) => [id, { rows: seen.positions.size, distinctIds: seen.eventIds.size }]));
  return rowOf(check, expectedIds, counted);
}

function rowOf(check: string, expectedIds: string[], counted: Map<string, Counted>): ReconciliationRow {
  const row = emptyRow(check, expectedIds.length);
  for (const id of expectedIds) {
    const seen = counted.get(id);
    if (seen === undefined) {
      row.lost++;
      continue;
    }
    row.found++;
    row.duplicated += seen.rows > 1 || seen.distinctIds > 1 ? 1 : 0;
  }
  return row;
}

type SealedIndex = Map<string, Map<string, { positions: Set<string>; eventIds: Set<string> }>>;

/** Reads the whole audit topic of this run, up to the end it had when the read began. */
async function readSealedRecords(brokers: string[], topic: string): Promise<SealedIndex> {
  const index: SealedIndex = new Map();
  await readTopicToEnd(brokers, topic, (value) => {
    const event = JSON.parse(value) as { type: string; data: { chainId: string; sequence: number; eventId: string; eventType: string; payload?: { data?: Record<string, unknown> } } };
    if (event.type !== AuditEventTypes.recordSealed) {
      return;
    }
    const businessId = String(event.data.payload?.data?.interactionId ?? event.data.payload?.data?.paymentId ?? '');
    const byType = index.get(event.data.eventType) ?? new Map();
    index.set(event.data.eventType, byType);
    const seen = byType.get(businessId) ?? { positions: new Set<string>(), eventIds: new Set<string>() };
    byType.set(businessId, seen);
    seen.positions.add(`${event.data.chainId}#${event.data.sequence}`);
    seen.eventIds.add(event.data.eventId);
  });
  return index;
}

/** Hands every message value of `topic` to `keep`, up to the end the topic had when the read began. */
async function readTopicToEnd(brokers: string[], topic: string, keep: (value: string) => void): Promise<void> {
  const kafka = new Kafka({ clientId: `faults-reconcile-${Date.now()}`, brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map((await admin.fetchTopicOffsets(topic)).map((offset) => [offset.partition, BigInt(offset.high)]));
  await admin.disconnect();

  const reached = new Map<number, bigint>();
  const consumer = kafka.consumer({ groupId: `faults-reconcile-${topic}-${Date.now()}` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ partition, message }) => {
      reached.set(partition, BigInt(message.offset) + 1n);
      if (message.value !== null) {
        keep(message.value.toString('utf8'));
      }
    },
  });
  const deadline = Date.now() + 120_000;
  try {
    while ([...ends].some(([partition, end]) => (reached.get(partition) ?? 0n) < end)) {
      if (Date.now() > deadline) {
        throw new Error(`${topic} was not read to its end within 120 s`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await consumer.disconnect();
  }
}

/** Payment ids on the payments topic, to tell a message the broker lost from one the platform lost. */
async function readPaymentIds(brokers: string[], topic: string): Promise<Map<string, Counted>> {
  const seen = new Map<string, Set<string>>();
  await readTopicToEnd(brokers, topic, (value) => {
    const event = JSON.parse(value) as { id: string; data?: { paymentId?: string } };
    const paymentId = event.data?.paymentId ?? '';
    seen.set(paymentId, (seen.get(paymentId) ?? new Set<string>()).add(event.id));
  });
  // A resent copy carries the same event id, so only a second event id is a duplicate.
  return new Map([...seen].map(([id, eventIds]) => [id, { rows: eventIds.size, distinctIds: eventIds.size }]));
}

/** Messages on this run's dead-letter topics: the load is valid, so none should be there. */
async function deadLetterRow(input: ReconciliationInput): Promise<ReconciliationRow> {
  const kafka = new Kafka({ clientId: `faults-dlq-${Date.now()}`, brokers: input.brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((topic) => topic.endsWith(`.dlq`) && topic.includes(input.topicSuffix));
    let messages = 0;
    for (const topic of topics) {
      for (const offset of await admin.fetchTopicOffsets(topic)) {
        messages += Number(BigInt(offset.high) - BigInt(offset.low));
      }
    }
    return { check: `dead-lettered messages (${topics.length} DLQ topics)`, expected: 0, found: messages, lost: 0, duplicated: 0, mismatched: messages };
  } finally {
    await admin.disconnect();
  }
}

/** Runs the topic verifier from dist and requests a verification of the stored ledger through the gateway. */
async function verifyChains(input: ReconciliationInput): Promise<{ row: ReconciliationRow; notes: string[] }> {
  const notes: string[] = [];
  let failures = 0;
  const cli = await run(process.execPath, [VERIFY_TOPIC, '--from-topic', `${Topics.audit}${input.topicSuffix}`, '--brokers', input.brokers.join(','), '--public-key', input.publicKeyPath, '--json'], {
    maxBuffer: 50 * 1024 * 1024,
  }).then(
    (result) => ({ code: 0, text: result.stdout }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({ code: error.code ?? -1, text: `${error.stdout ?? ''}${error.stderr ?? ''}` }),
  );
  failures += cli.code === 0 ? 0 : 1;
  notes.push(`verify-topic exit ${cli.code}: ${cli.text.trim().slice(0, 400)}`);

  const response = await fetch(`${input.gatewayUrl}/v1/audit/verifications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': LOCAL_DEFAULTS.apiKey, 'idempotency-key': `faults-verify-${input.runSuffix}`, 'accept-language': 'en' },
    body: '{}',
  });
  const report = (await response.json().catch(() => ({}))) as { ok?: boolean; recordsVerified?: number };
  failures += response.status === 200 && report.ok === true ? 0 : 1;
  notes.push(`gateway POST /v1/audit/verifications: HTTP ${response.status}, ok=${String(report.ok)}, recordsVerified=${String(report.recordsVerified)}`);
  return { row: { check: 'ledger chains verify (CLI on topic + gateway)', expected: 2, found: 2 - failures, lost: 0, duplicated: 0, mismatched: failures }, notes };
}

function emptyRow(check: string, expected: number): ReconciliationRow {
  return { check, expected, found: 0, lost: 0, duplicated: 0, mismatched: 0 };
}

export function isClean(reconciliation: Reconciliation): boolean {
  return reconciliation.rows.every((row) => row.lost === 0 && row.duplicated === 0 && row.mismatched === 0);
}

export function formatTable(rows: ReconciliationRow[]): string {
  const header = ['check', 'expected', 'found', 'lost', 'duplicated', 'mismatched'];
  const lines = rows.map((row) => [row.check, row.expected, row.found, row.lost, row.duplicated, row.mismatched].map(String));
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const format = (cells: string[]) => `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
  return [format(header), `|${widths.map((width, column) => (column === 0 ? '-'.repeat(width + 2) : `${'-'.repeat(width + 1)}:`)).join('|')}|`, ...lines.map(format)].join('\n');
}
