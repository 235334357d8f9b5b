import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditEventTypes, createEvent } from '@bitacora/contracts';
import { waitFor } from '@bitacora/testing';
import { runVerifyLedger } from '../cli/verify-ledger';
import { createCheckpoint, generateSigningKeyPair } from '../ledger';
import { runVerifyTopic } from '../sources/verify-topic';
import { accessEvent, startAuditHarness, type AuditHarness } from '../test/audit-harness';
import type { StoredLedgerReport } from './verify-stored-ledger';

const RECORDS_PER_CHAIN = 12;

describe('verification of a tampered ledger', () => {
  let harness: AuditHarness;
  let chain: (partition: number) => string;
  let workDirectory: string;
  let publicKeyFile: string;

  beforeAll(async () => {
    harness = await startAuditHarness({ partitions: 4, env: { AUDIT_CHECKPOINT_EVERY_RECORDS: String(RECORDS_PER_CHAIN * 4) } });
    chain = (partition) => `${harness.topics.access}:${partition}`;
    workDirectory = mkdtempSync(join(tmpdir(), 'audit-tamper-'));
    publicKeyFile = join(workDirectory, 'public-key.pem');
    writeFileSync(publicKeyFile, harness.keys.publicKey.export({ format: 'pem', type: 'spki' }));

    const events = Array.from({ length: RECORDS_PER_CHAIN * 4 }, (_, index) => ({ event: accessEvent(`CC-t${index % 6}`, index), partition: index % 4 }));
    await harness.publish(harness.topics.access, events);
    await waitFor('a checkpoint covering every record', async () => {
      const result = await harness.admin.query<{ total: string }>(`SELECT max(record_total) AS total FROM "${harness.db.schema}".checkpoints`);
      return Number(result.rows[0].total) === RECORDS_PER_CHAIN * 4;
    });
  });

  afterAll(async () => {
    await harness.close();
  });

  /** Runs statements as the schema owner with the append-only trigger off, as an attacker with owner rights could. */
  async function tamper(table: string, statements: string[]): Promise<void> {
    const client = harness.admin;
    const qualified = `"${harness.db.schema}".${table}`;
    await client.query('BEGIN');
    try {
      await client.query(`SET LOCAL ROLE "${harness.db.schema}_owner"`);
      await client.query(`ALTER TABLE ${qualified} DISABLE TRIGGER ${table}_append_only`);
      for (const statement of statements) {
        await client.query(statement.replaceAll('{table}', qualified));
      }
      await client.query(`ALTER TABLE ${qualified} ENABLE TRIGGER ${table}_append_only`);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  }

  async function verify(chainId?: string): Promise<StoredLedgerReport> {
    const response = await harness.inject({ method: 'POST', url: '/v1/ledger/verifications', payload: chainId === undefined ? {} : { chainId } });
    expect(response.statusCode).toBe(200);
    return response.json<StoredLedgerReport>();
  }

  async function storedHash(chainId: string, sequence: number): Promise<string> {
    const result = await harness.admin.query<{ hash: string }>(
      `SELECT encode(hash, 'hex') AS hash FROM "${harness.db.schema}".ledger_records WHERE chain_id = $1 AND sequence = $2`,
      [chainId, sequence],
    );
    return result.rows[0].hash;
  }

  it('accepts an untouched ledger everywhere', async () => {
    const report = await verify();
    const exported = await harness.inject({ method: 'GET', url: '/v1/ledger/export' });
    const exportFile = join(workDirectory, 'ledger.jsonl');
    writeFileSync(exportFile, exported.body);
    const output: string[] = [];
    const sink = { out: (line: string) => output.push(line), err: (line: string) => output.push(line) };

    expect(report).toMatchObject({ ok: true, recordsVerified: RECORDS_PER_CHAIN * 4, problem: null });
    expect(report.checkpointsVerified).toBeGreaterThanOrEqual(1);
    expect(await runVerifyLedger(['--public-key', publicKeyFile, exportFile], sink)).toBe(0);
    await waitFor('every record and checkpoint on the audit topic', () => harness.outboxDrained());
    const topicOutput: string[] = [];
    const topicExit = await runVerifyTopic(
      ['--from-topic', harness.topics.audit, '--brokers', process.env.KAFKA_BROKERS ?? '', '--public-key', publicKeyFile, '--json'],
      { out: (line) => topicOutput.push(line), err: (line) => output.push(line) },
    );
    expect(topicExit).toBe(0);
    expect(JSON.parse(topicOutput.join('\n'))).toMatchObject({ ok: true, recordsVerified: RECORDS_PER_CHAIN * 4 });
    expect(output).toContain(`Registros verificados / Records verified: ${RECORDS_PER_CHAIN * 4}`);
  });

  it('names the record whose payload was changed', async () => {
    const found = await storedHash(chain(0), 5);
    await tamper('ledger_records', [`UPDATE {table} SET payload = jsonb_set(payload::jsonb, '{data,route}', '"/v1/otra"')::json WHERE chain_id = '${chain(0)}' AND sequence = 5`]);

    const report = await verify(chain(0));

    expect(report.ok).toBe(false);
    expect(report.problem).toMatchObject({ kind: 'HASH_MISMATCH', chainId: chain(0), sequence: 5, found });
    expect(report.problem?.expected).toMatch(/^[0-9a-f]{64}$/);
    expect(report.problem?.expected).not.toBe(found);
  });

  it('names the place of a deleted record', async () => {
    await tamper('ledger_records', [`DELETE FROM {table} WHERE chain_id = '${chain(1)}' AND sequence = 4`]);

    const report = await verify(chain(1));

    expect(report.problem).toMatchObject({ kind: 'SEQUENCE_GAP', chainId: chain(1), sequence: 4, expected: '4', found: '5' });
  });

  it('names the first of two reordered records', async () => {
    await tamper('ledger_records', [
      `UPDATE {table} SET sequence = 1000003 WHERE chain_id = '${chain(2)}' AND sequence = 3`,
      `UPDATE {table} SET sequence = 3 WHERE chain_id = '${chain(2)}' AND sequence = 6`,
      `UPDATE {table} SET sequence = 6 WHERE chain_id = '${chain(2)}' AND sequence = 1000003`,
    ]);

    const report = await verify(chain(2));

    expect(report.problem).toMatchObject({ kind: 'PREVIOUS_HASH_MISMATCH', chainId: chain(2), sequence: 3, expected: await storedHash(chain(2), 2) });
  });

  it('names a deleted tail that a checkpoint had signed', async () => {
    await tamper('ledger_records', [`DELETE FROM {table} WHERE chain_id = '${chain(3)}' AND sequence > 10`]);

    const report = await verify(chain(3));

    expect(report.problem).toMatchObject({ kind: 'CHECKPOINT_HEAD_MISMATCH', chainId: chain(3), sequence: RECORDS_PER_CHAIN, found: 'chain ends at sequence 10' });
  });

  it('names a forged checkpoint', async () => {
    const forger = generateSigningKeyPair();
    const forged = createCheckpoint({
      checkpointSequence: 1000,
      createdAt: new Date(),
      heads: [{ chainId: chain(0), sequence: 5, hash: 'f'.repeat(64) }],
      signingKey: { privateKey: forger.privateKey, keyId: harness.keys.keyId },
    });
    await harness.admin.query(
      `INSERT INTO "${harness.db.schema}".checkpoints (checkpoint_sequence, created_at, key_id, heads, signature, record_total) VALUES ($1, $2, $3, $4, $5, 0)`,
      [forged.checkpointSequence, forged.createdAt, forged.keyId, JSON.stringify(forged.heads), forged.signature],
    );

    const report = await verify();

    expect(report.problem).toMatchObject({ kind: 'CHECKPOINT_SIGNATURE_INVALID', checkpointSequence: 1000, chainId: null, sequence: null });
  });

  it('names a forged record published to the audit topic', async () => {
    const forged = createEvent({
      type: AuditEventTypes.recordSealed,
      source: '/services/impostor',
      data: {
        chainId: chain(0), sequence: RECORDS_PER_CHAIN + 1, eventId: 'e-forged', eventType: 'co.collections.access.debtor-data-read.v1', source: '/s',
        actor: null, debtorId: 'CC-t0', accountId: null, eventTime: null, recordedAt: new Date().toISOString(), payload: {},
        previousHash: await storedHash(chain(1), 1), hash: 'a'.repeat(64), unknownType: false, schemaProblem: null,
      },
    });
    await harness.publish(harness.topics.audit, [{ event: forged, key: chain(0) }]);
    const output: string[] = [];
    const sink = { out: (line: string) => output.push(line), err: (line: string) => output.push(`Aviso: ${line}`) };

    const exitCode = await runVerifyTopic(
      ['--from-topic', harness.topics.audit, '--brokers', process.env.KAFKA_BROKERS ?? '', '--public-key', publicKeyFile, '--chain', chain(0), '--json'],
      sink,
    );
    const report = JSON.parse(output.filter((line) => !line.startsWith('Aviso')).join('\n')) as StoredLedgerReport;

    expect(exitCode).toBe(1);
    expect(report.problem).toMatchObject({ kind: 'PREVIOUS_HASH_MISMATCH', chainId: chain(0), sequence: RECORDS_PER_CHAIN + 1 });
  });
});
