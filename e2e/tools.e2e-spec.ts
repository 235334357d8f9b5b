// The command-line tools against the running platform: the CSV import (twice, to show that a
// re-run imports nothing new) and a small portfolio simulation. Needs a build first (`npm run build`).
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { LOCAL_DEFAULTS } from '@bitacora/config';
import { addDays } from '@bitacora/domain';
import { kafkaBrokers, uniqueSuffix, waitFor } from '@bitacora/testing';
import { atBogota, bogotaToday, businessDaysBefore } from './support/bogota-days';
import { expectStatus, GatewayClient } from './support/gateway-client';
import { startPlatform, type RunningPlatform, topicSuffixOf } from './support/platform';

const run = promisify(execFile);
const ROOT = join(__dirname, '..');
const READY_TIMEOUT_MS = 120_000;
const WAIT_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 20_000;

interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

describe('command-line tools end to end', () => {
  const suffix = uniqueSuffix().toUpperCase();
  const brokers = kafkaBrokers();
  const today = bogotaToday();
  const [callDay] = businessDaysBefore(today, 1);
  let platform: RunningPlatform | undefined;
  let client: GatewayClient;

  beforeAll(async () => {
    // The tools never read the audit ledger, and an audit process here would share the ledger's
    // consumer group with the one that platform.e2e-spec.ts starts.
    platform = await startPlatform({ brokers, suffix, readyTimeoutMs: READY_TIMEOUT_MS, stopGraceMs: STOP_GRACE_MS, audit: false });
    client = new GatewayClient(platform.gatewayUrl, LOCAL_DEFAULTS.apiKey);
  }, 3 * READY_TIMEOUT_MS);

  afterAll(async () => {
    await platform?.stop();
  }, 2 * STOP_GRACE_MS + 30_000);

  async function tool(script: string, args: string[]): Promise<CommandResult> {
    const gateway = (platform as RunningPlatform).gatewayUrl;
    return run(process.execPath, ['-r', '@swc-node/register', join(ROOT, script), '--gateway', gateway, '--brokers', brokers.join(','), ...args], { cwd: ROOT, env: { ...process.env, KAFKA_TOPIC_SUFFIX: topicSuffixOf(suffix) } }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );
  }

  it('imports a CSV once and rejects bad rows by line and field', async () => {
    const directory = (platform as RunningPlatform).workDirectory;
    const [debtor1, debtor2] = [`CC-CSV${suffix}1`, `CC-CSV${suffix}2`];
    const interactions = join(directory, 'gestiones.csv');
    await writeFile(
      interactions,
      [
        'deudor,obligacion,canal,fecha,resultado,notas,agente',
        `${debtor1},CRED-CSV${suffix}1,phone_call,${atBogota(callDay, '10:00')},NO_ANSWER,"No contesta, se deja para mañana",ag-1`,
        `${debtor2},CRED-CSV${suffix}2,phone_call,${atBogota(callDay, '10:05')},RIGHT_PARTY_REACHED,,ag-1`,
        `${debtor2},CRED-CSV${suffix}2,fax,${atBogota(callDay, '10:10')},NO_ANSWER,,ag-1`,
      ].join('\n'),
    );

    const first = await tool('tools-src/import/import-csv.ts', ['--kind', 'interactions', interactions]);
    const second = await tool('tools-src/import/import-csv.ts', ['--kind', 'interactions', interactions]);

    expect(first.code).toBe(1);
    expect(first.stdout).toContain('creados / created: 2');
    expect(second.stdout).toContain('creados / created: 0');
    expect(second.stdout).toContain('ya importados / already imported: 2');
    const rejects = await readFile(`${interactions}.rejects.csv`, 'utf8');
    expect(rejects.trim().split('\n')).toEqual(['line,field,message', expect.stringMatching(/^4,channel,/)]);
    const recorded = expectStatus(await client.get<{ items: unknown[] }>(`/v1/debtors/${debtor2}/interactions`), 200, 'imported interactions');
    expect(recorded.body.items).toHaveLength(1);
  });

  it('imports promises and their payments', async () => {
    const directory = (platform as RunningPlatform).workDirectory;
    const debtorId = `CC-CSV${suffix}3`;
    const accountId = `CRED-CSV${suffix}3`;
    const promises = join(directory, 'promesas.csv');
    await writeFile(promises, `deudor,obligacion,agente,monto,moneda,vencimiento\n${debtorId},${accountId},ag-1,90000.00,COP,${addDays(today, 3)}\n${debtorId},${accountId},ag-1,90000.001,COP,${today}\n`);
    const payments = join(directory, 'pagos.csv');
    await writeFile(payments, `obligacion,deudor,monto,moneda,fecha_pago\n${accountId},${debtorId},90000.00,COP,${new Date().toISOString()}\n`);

    const promiseImport = await tool('tools-src/import/import-csv.ts', ['--kind', 'promises', promises]);
    expect(promiseImport.stdout).toContain('creados / created: 1');
    expect(await readFile(`${promises}.rejects.csv`, 'utf8')).toMatch(/\n3,amount,/);
    await waitFor('the imported promise', async () => (await client.get<{ items: unknown[] }>(`/v1/promises?debtorId=${debtorId}`)).body.items?.length === 1, WAIT_TIMEOUT_MS, 250);

    const paymentImport = await tool('tools-src/import/import-csv.ts', ['--kind', 'payments', payments]);
    expect(paymentImport.code).toBe(0);
    await waitFor(
      'the promise kept by the imported payment',
      async () => (await client.get<{ items: { status: string }[] }>(`/v1/promises?debtorId=${debtorId}`)).body.items?.[0]?.status === 'KEPT',
      WAIT_TIMEOUT_MS,
      250,
    );
  });

  it('plays a small generated portfolio', async () => {
    const seed = String(Number.parseInt(suffix, 16) % 1_000_000_000);

    const result = await tool('tools-src/portfolio/generate.ts', ['--debtors', '8', '--days', '3', '--agents', '1', '--rate', '50', '--seed', seed]);

    // stderr is shown only on failure: kafkajs 2.2.4 prints a TimeoutNegativeWarning on Node 24.
    expect({ code: result.code, stderr: result.code === 0 ? '' : result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout).toContain('Resumen / Summary:');
    expect(result.stdout).toMatch(/consent 201: \d+/);
    expect(result.stdout).not.toMatch(/ (4\d\d|5\d\d): /);
  });
});
