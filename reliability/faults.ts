// Fault-injection scenario: the four services run on a PostgreSQL cluster and a Kafka broker of
// their own, under steady load, while services are killed, the broker and the database restart and
// a consumer is paused. Then every accepted interaction and published payment is reconciled.
// Build first (`npm run build`), then: npm run reliability:faults -- [--short] [--seed N]
//   [--duration-seconds N] [--rate N]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { InteractionRecordTypes, PaymentEventTypes } from '@bitacora/contracts';
import type { ServiceName } from '../e2e/support/platform-database';
import { planFaults, type FaultKind, type PlannedFault } from './fault-plan';
import { startFaultPlatform, type FaultPlatform } from './fault-platform';
import {
  adminUrlOf,
  brokersOf,
  FAULTS_INFRASTRUCTURE,
  killKafka,
  resumePostgres,
  startKafka,
  startPostgres,
  stopPostgres,
  tearDownInfrastructure,
  waitUntil,
} from './local-infrastructure';
import { formatTable, isClean, reconcile } from './reconciliation';
import { driveLoad, newLoadRecord, type LoadRecord } from './steady-load';

interface ScenarioOptions {
  seed: number;
  durationSeconds: number;
  rate: number;
  short: boolean;
}

const SETTLE_TIMEOUT_MS = 120_000;
const PAUSE_SECONDS = 40;
const OUTAGE_MS = 5000;

function parseOptions(argv: string[]): ScenarioOptions {
  const { values } = parseArgs({
    args: argv,
    options: { seed: { type: 'string' }, 'duration-seconds': { type: 'string' }, rate: { type: 'string' }, short: { type: 'boolean', default: false } },
  });
  const short = values.short === true;
  const number = (text: string | undefined, fallback: number, name: string) => {
    const value = text === undefined ? fallback : Number(text);
    if (!Number.isFinite(value) || value <= 0) {
      throw new Error(`--${name} debe ser un número positivo / must be a positive number`);
    }
    return value;
  };
  return {
    seed: Math.floor(number(values.seed, 20261204, 'seed')),
    durationSeconds: number(values['duration-seconds'], short ? 60 : 600, 'duration-seconds'),
    rate: number(values.rate, short ? 4 : 5, 'rate'),
    short,
  };
}

function log(message: string): void {
  process.stdout.write(`[faults +${((Date.now() - startedAt) / 1000).toFixed(1)}s] ${message}\n`);
}

const startedAt = Date.now();

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const settings = FAULTS_INFRASTRUCTURE;
  const runSuffix = options.seed.toString(36).slice(-6) + Date.now().toString(36).slice(-4);
  const workDirectory = await mkdtemp(join(tmpdir(), 'bitacora-faults-'));
  let platform: FaultPlatform | undefined;
  let exitCode = 1;
  try {
    log(`seed ${options.seed}, ${options.durationSeconds} s of load at ${options.rate}/s${options.short ? ' (short)' : ''}`);
    await startPostgres(settings);
    await startKafka(settings);
    process.env.DATABASE_URL = adminUrlOf(settings);
    log(`PostgreSQL ${settings.pgVersion}/${settings.pgCluster} on ${settings.pgPort} and Kafka on ${settings.kafkaPort} are up`);
    const logDirectory = join(tmpdir(), `bitacora-faults-${runSuffix}`);
    log(`service logs in ${logDirectory}`);
    platform = await startFaultPlatform({ brokers: brokersOf(settings), runSuffix, workDirectory, logDirectory });
    log(`platform ready, gateway ${platform.gatewayUrl}, topic suffix ${platform.topicSuffix}`);

    const plan = planFaults(options.seed, options.durationSeconds, options.short);
    log(`fault plan: ${plan.map((fault) => `${fault.kind}@${fault.atSeconds}s`).join(', ')}`);
    const load = newLoadRecord();
    let loadStopped = false;
    const loadDone = driveLoad(
      {
        gatewayUrl: platform.gatewayUrl,
        brokers: brokersOf(settings),
        topicSuffix: platform.topicSuffix,
        runSuffix,
        rate: options.rate,
        maxEach: Math.ceil(options.rate * options.durationSeconds),
        durationMs: options.durationSeconds * 1000,
        retryDeadlineMs: 180_000,
      },
      load,
      () => loadStopped,
    );
    await injectFaults(platform, plan).finally(() => {
      loadStopped = true;
    });
    await loadDone;
    await platform.allReady();
    log(
      `load stopped: ${load.interactions.size} interactions accepted (${load.interactionRetries} retries, ${load.interactionsGivenUp.length} given up), ` +
        `${load.payments.size} payments published (${load.paymentRetries} retries, ${load.paymentsGivenUp.length} given up)`,
    );
    log(`retried responses by status: ${[...load.retriedStatuses.entries()].map(([status, count]) => `${status}: ${count}`).join(', ') || 'none'}`);
    load.interactionsGivenUp.slice(0, 5).forEach((problem) => log(`given up: ${problem}`));

    await settle(adminDatabaseOf(platform), load);
    const reconciliation = await reconcile({
      databaseUrl: adminDatabaseOf(platform),
      brokers: brokersOf(settings),
      topicSuffix: platform.topicSuffix,
      runSuffix,
      gatewayUrl: platform.gatewayUrl,
      publicKeyPath: platform.publicKeyPath,
      load,
    });
    process.stdout.write(`${formatTable(reconciliation.rows)}\n`);
    reconciliation.notes.forEach((note) => log(note));
    platform.unexpectedExits.forEach((exit) => log(`unexpected exit (restarted): ${exit}`));
    const clean = isClean(reconciliation) && load.interactionsGivenUp.length === 0 && load.paymentsGivenUp.length === 0;
    log(clean ? 'RESULT: PASS, nothing lost, duplicated or mismatched' : 'RESULT: FAIL');
    exitCode = clean ? 0 : 1;
  } catch (error) {
    log(`scenario failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    platform?.unexpectedExits.forEach((exit) => log(`unexpected exit: ${exit}`));
    exitCode = 1;
  } finally {
    await platform?.stop().catch((error: Error) => log(`services did not stop: ${error.message}`));
    const problems = await tearDownInfrastructure(settings);
    problems.forEach((problem) => log(`teardown: ${problem}`));
    await rm(workDirectory, { recursive: true, force: true });
    await rm(settings.localDir, { recursive: true, force: true }).catch((error: Error) => log(`teardown: ${error.message}`));
    log(`finished in ${((Date.now() - startedAt) / 1000).toFixed(1)} s, exit ${exitCode}`);
  }
  return exitCode;
}

function adminDatabaseOf(platform: FaultPlatform): string {
  const url = new URL(adminUrlOf(FAULTS_INFRASTRUCTURE));
  url.pathname = `/${platform.database.name}`;
  return url.toString();
}

/**
 * Runs the faults in order, each at its moment. The platform's supervisor starts a killed service
 * again while the timeline goes on. The broker and database restarts and the consumer pause block
 * the timeline until they end.
 */
async function injectFaults(platform: FaultPlatform, plan: PlannedFault[]): Promise<void> {
  const loadStart = Date.now();
  for (const fault of plan) {
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, loadStart + fault.atSeconds * 1000 - Date.now())));
    const began = Date.now();
    await inject(platform, fault.kind);
    log(`${fault.kind} injected (${((Date.now() - began) / 1000).toFixed(1)} s)`);
  }
}

async function inject(platform: FaultPlatform, kind: FaultKind): Promise<void> {
  const settings = FAULTS_INFRASTRUCTURE;
  switch (kind) {
    case 'kill-interactions':
    case 'kill-promises':
    case 'kill-audit':
    case 'kill-gateway':
      log(`kill -9 ${kind.slice('kill-'.length)}`);
      platform.kill(kind.slice('kill-'.length) as ServiceName);
      return;
    case 'restart-broker':
      log('kill -9 the Kafka broker');
      await killKafka(settings);
      await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
      await startKafka(settings);
      return;
    case 'restart-postgres':
      log('pg_ctlcluster stop');
      await stopPostgres(settings);
      await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
      await resumePostgres(settings);
      return;
    case 'pause-promises': {
      const child = platform.processOf('promises').child;
      log(`SIGSTOP promises for ${PAUSE_SECONDS} s (consumer session timeout 30 s)`);
      child.kill('SIGSTOP');
      await new Promise((resolve) => setTimeout(resolve, PAUSE_SECONDS * 1000));
      child.kill('SIGCONT');
      return;
    }
  }
}

/** Waits until the ledger contains every accepted interaction and the promises schema every payment. */
async function settle(databaseUrl: string, load: LoadRecord): Promise<void> {
  const began = Date.now();
  const interactionIds = [...load.interactions.values()];
  const paymentIds = [...load.payments.keys()];
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await waitUntil(
      async () => {
        const result = await client.query<{ interactions: string; payments: string; sealed_payments: string }>(
          `SELECT (SELECT count(DISTINCT payload::jsonb -> 'data' ->> 'interactionId') FROM audit.ledger_records
                    WHERE event_type = $1 AND payload::jsonb -> 'data' ->> 'interactionId' = ANY($2)) AS interactions,
                  (SELECT count(*) FROM promises.payments WHERE payment_id = ANY($3)) AS payments,
                  (SELECT count(DISTINCT payload::jsonb -> 'data' ->> 'paymentId') FROM audit.ledger_records
                    WHERE event_type = $4 AND payload::jsonb -> 'data' ->> 'paymentId' = ANY($3)) AS sealed_payments`,
          [InteractionRecordTypes.recorded, interactionIds, paymentIds, PaymentEventTypes.received],
        );
        const row = result.rows[0];
        return Number(row.interactions) >= interactionIds.length && Number(row.payments) >= paymentIds.length && Number(row.sealed_payments) >= paymentIds.length;
      },
      SETTLE_TIMEOUT_MS,
      'the ledger and the promises schema to hold every accepted interaction and payment',
    ).catch((error: Error) => log(`${error.message}; reconciling what is there`));
  } finally {
    await client.end();
  }
  log(`settled in ${((Date.now() - began) / 1000).toFixed(1)} s`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);
