import { AuditEventTypes, createEvent, DeadLetterHeaders, deadLetterTopicOf, EventValidator, Topics, type CloudEvent } from '@bitacora/contracts';
import { Client } from 'pg';
import type { ConsumedEvent } from '@bitacora/messaging';
import { DATA_SOURCE } from '@bitacora/runtime';
import { readTopic, waitFor } from '@bitacora/testing';
import { inputTopicsOf } from '../audit-options';
import { decodeLedgerRecord, verifyLedger, type JsonValue, type LedgerRecord } from '../ledger';
import { withoutFlags } from '../sources/topic-source';
import { accessEvent, countRecords, startAuditHarness, type AuditHarness } from '../test/audit-harness';
import { LedgerEventValidator } from './ledger-event-validator';
import { sealBatch } from './seal-batch';

interface ChainRow {
  sequence: string;
  event_id: string;
  unknown_type: boolean;
  schema_problem: string | null;
}

async function chainRows(harness: AuditHarness, chainId: string): Promise<ChainRow[]> {
  const result = await harness.admin.query<ChainRow>(
    `SELECT sequence, event_id, unknown_type, schema_problem FROM "${harness.db.schema}".ledger_records WHERE chain_id = $1 ORDER BY sequence`,
    [chainId],
  );
  return result.rows;
}

describe('ledger sealing', () => {
  let harness: AuditHarness;

  beforeAll(async () => {
    harness = await startAuditHarness({ partitions: 3 });
  });

  afterAll(async () => {
    await harness.close();
  });

  it('seals events of several partitions into one chain each', async () => {
    const events = Array.from({ length: 30 }, (_, index) => ({ event: accessEvent(`CC-${index % 4}`, index), partition: index % 3 }));
    await harness.publish(harness.topics.access, events);

    await waitFor('30 records', async () => (await countRecords(harness)) === 30);
    const chains = await harness.inject({ method: 'GET', url: '/v1/ledger/chains' });

    expect(chains.json<{ chains: { chainId: string; sequence: number }[] }>().chains).toEqual([
      expect.objectContaining({ chainId: `${harness.topics.access}:0`, sequence: 10 }),
      expect.objectContaining({ chainId: `${harness.topics.access}:1`, sequence: 10 }),
      expect.objectContaining({ chainId: `${harness.topics.access}:2`, sequence: 10 }),
    ]);
    const rows = await chainRows(harness, `${harness.topics.access}:1`);
    expect(rows.map((row) => row.event_id)).toEqual(events.filter((entry) => entry.partition === 1).map((entry) => entry.event.id));
  });

  it('publishes every sealed record to the audit topic in chain order', async () => {
    const messages = await readTopic(harness.kafka, harness.topics.audit, (read) => read.filter((message) => message.value.includes(AuditEventTypes.recordSealed)).length >= 30);
    const validator = new EventValidator();
    const records: LedgerRecord[] = [];
    for (const message of messages) {
      expect(validator.validate(Topics.audit, message.value)).toMatchObject({ ok: true });
      const event = JSON.parse(message.value) as CloudEvent<Record<string, JsonValue>>;
      if (event.type !== AuditEventTypes.recordSealed) {
        continue;
      }
      expect(message.key).toBe(event.data.chainId);
      records.push(decodeLedgerRecord(withoutFlags(event.data)));
    }

    const report = await verifyLedger({ records });

    expect(report.ok).toBe(true);
    expect(report.recordsVerified).toBe(30);
  });

  it('seals a duplicated delivery once', async () => {
    const chainId = `${harness.topics.promises}:0`;
    const original = accessEvent('CC-dup', 1);
    const other = accessEvent('CC-dup', 2);
    await harness.publish(harness.topics.promises, [
      { event: original, partition: 0 },
      { event: original, partition: 0 },
      { event: other, partition: 0 },
    ]);
    await waitFor('two records on the chain', async () => (await chainRows(harness, chainId)).length === 2);

    await harness.publish(harness.topics.promises, [{ event: original, partition: 0 }, { event: accessEvent('CC-dup', 3), partition: 0 }]);
    await waitFor('three records on the chain', async () => (await chainRows(harness, chainId)).length === 3);
    const rows = await chainRows(harness, chainId);

    expect(rows.map((row) => Number(row.sequence))).toEqual([1, 2, 3]);
    expect(rows.filter((row) => row.event_id === original.id)).toHaveLength(1);
  });

  it('records an unknown event type flagged and dead-letters malformed messages', async () => {
    const chainId = `${harness.topics.interactions}:2`;
    const unknown = createEvent({ type: 'co.collections.debtor.teleported.v1', source: '/services/elsewhere', debtorId: 'CC-9', data: { debtorId: 'CC-9' } });
    const invalidData = createEvent({ type: 'co.collections.access.debtor-data-read.v1', source: '/services/gateway', data: { debtorId: 'CC-9' } });
    await harness.publish(harness.topics.interactions, [
      { event: unknown, partition: 2 },
      { event: '{"specversion":', partition: 2 },
      { event: JSON.stringify({ hello: 'world' }), partition: 2 },
      { event: invalidData, partition: 2 },
    ]);

    await waitFor('two records on the chain', async () => (await chainRows(harness, chainId)).length === 2);
    const rows = await chainRows(harness, chainId);
    const deadLetters = await readTopic(harness.kafka, deadLetterTopicOf(harness.topics.interactions), (read) => read.length >= 2);

    expect(rows[0]).toMatchObject({ event_id: unknown.id, unknown_type: true, schema_problem: null });
    expect(rows[1]).toMatchObject({ event_id: invalidData.id, unknown_type: false });
    expect(rows[1].schema_problem).toMatch(/^WRONG_TOPIC: /);
    expect(deadLetters.map((message) => message.headers[DeadLetterHeaders.reason]).sort()).toEqual(['INVALID_ENVELOPE', 'INVALID_JSON']);
  });

  it('skips what a crashed instance sealed before committing its offsets', async () => {
    const chainId = `${harness.topics.payments}:1`;
    const events = Array.from({ length: 20 }, (_, index) => accessEvent('CC-crash', index));
    const validator = new LedgerEventValidator(inputTopicsOf(harness.topics));
    const consumed: ConsumedEvent[] = events.slice(0, 12).map((event, index) => {
      const outcome = validator.validate(harness.topics.payments, JSON.stringify(event));
      if (!outcome.ok) throw new Error(outcome.detail);
      return { event: outcome.event, topic: harness.topics.payments, partition: 1, offset: String(index), key: null, headers: {} };
    });
    // The crashed instance sealed the first 12 events and died before the Kafka commit, so the
    // consumer will receive all 20 again.
    await sealBatch(harness.app.get(DATA_SOURCE), { schema: harness.db.schema, auditTopic: harness.topics.audit, validator }, consumed);

    await harness.publish(harness.topics.payments, events.map((event) => ({ event, partition: 1 })));
    await waitFor('20 records on the chain', async () => (await chainRows(harness, chainId)).length === 20);
    const rows = await chainRows(harness, chainId);

    expect(rows.map((row) => row.event_id)).toEqual(events.map((event) => event.id));
    expect(rows.map((row) => Number(row.sequence))).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
  });

  it('retries a batch whose connection died mid-transaction', async () => {
    const chainId = `${harness.topics.payments}:2`;
    await harness.publish(harness.topics.payments, [{ event: accessEvent('CC-kill', 0), partition: 2 }]);
    await waitFor('the first record on the chain', async () => (await chainRows(harness, chainId)).length === 1);

    // Hold the chain head so that the next batch stops inside its transaction, then cut that
    // transaction's connection as a crash of the database session would.
    const blocker = new Client({ connectionString: process.env.DATABASE_URL });
    await blocker.connect();
    try {
      await blocker.query(`GRANT "${harness.db.schema}_app" TO CURRENT_USER`);
      await blocker.query('BEGIN');
      await blocker.query(`SELECT 1 FROM "${harness.db.schema}".chain_heads WHERE chain_id = $1 FOR UPDATE`, [chainId]);
      const events = Array.from({ length: 40 }, (_, index) => accessEvent('CC-kill', index + 1));
      await harness.publish(harness.topics.payments, events.map((event) => ({ event, partition: 2 })));
      const waiting = await waitFor('a sealing transaction waiting for the head', async () => {
        const result = await harness.admin.query<{ pid: number }>(
          `SELECT pid FROM pg_stat_activity WHERE usename = $1 AND wait_event_type = 'Lock'`,
          [`${harness.db.schema}_app`],
        );
        return result.rows[0];
      });
      await harness.admin.query('SELECT pg_terminate_backend($1)', [waiting.pid]);
    } finally {
      await blocker.query('COMMIT');
      await blocker.end();
    }

    await waitFor('41 records on the chain', async () => (await chainRows(harness, chainId)).length === 41);
    const rows = await chainRows(harness, chainId);

    expect(rows.map((row) => Number(row.sequence))).toEqual(Array.from({ length: 41 }, (_, index) => index + 1));
    expect(new Set(rows.map((row) => row.event_id)).size).toBe(41);
  });

  it('loses and repeats nothing across a restart in the middle of the input', async () => {
    const chainIds = [0, 1, 2].map((partition) => `${harness.topics.access}:${partition}`);
    const before = await countRecords(harness);
    const events = Array.from({ length: 3000 }, (_, index) => ({ event: accessEvent(`CC-r${index % 50}`, index), partition: index % 3 }));
    await harness.publish(harness.topics.access, events.slice(0, 1500));

    await waitFor('some records of the burst', async () => (await countRecords(harness)) > before);
    await harness.restart();
    await harness.publish(harness.topics.access, events.slice(1500));
    await waitFor('every record of the burst', async () => (await countRecords(harness)) === before + 3000, 90000);
    const report = await harness.inject({ method: 'POST', url: '/v1/ledger/verifications', payload: {} });
    const counts = await harness.admin.query<{ records: string; events: string }>(
      `SELECT count(*) AS records, count(DISTINCT event_id) AS events FROM "${harness.db.schema}".ledger_records WHERE chain_id = ANY($1)`,
      [chainIds],
    );

    expect(counts.rows[0]).toEqual({ records: '3030', events: '3030' });
    expect(report.json()).toMatchObject({ ok: true, problem: null });
  });
});

