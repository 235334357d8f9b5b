import { execFile } from 'node:child_process';
import { cp, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = join(__dirname, '..');
const SCRIPTS = join(ROOT, 'deploy', 'local');
const SHARED_KAFKA_LIBS = join(ROOT, '.local', 'kafka', 'libs');

/** A PostgreSQL cluster and a Kafka broker of the fault scenario's own, apart from the shared ones. */
export interface InfrastructureSettings {
  pgVersion: string;
  pgCluster: string;
  pgPort: number;
  kafkaPort: number;
  kafkaControllerPort: number;
  localDir: string;
}

export const FAULTS_INFRASTRUCTURE: InfrastructureSettings = {
  pgVersion: '15',
  pgCluster: 'faults',
  pgPort: 5546,
  kafkaPort: 19292,
  kafkaControllerPort: 19293,
  localDir: join(ROOT, '.local', 'faults'),
};

export function adminUrlOf(settings: InfrastructureSettings): string {
  return `postgres://bitacora:bitacora-local@127.0.0.1:${settings.pgPort}/bitacora`;
}

export function brokersOf(settings: InfrastructureSettings): string[] {
  return [`127.0.0.1:${settings.kafkaPort}`];
}

function scriptEnvironment(settings: InfrastructureSettings): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PG_VERSION: settings.pgVersion,
    PG_CLUSTER: settings.pgCluster,
    PG_PORT: String(settings.pgPort),
    KAFKA_PORT: String(settings.kafkaPort),
    KAFKA_CONTROLLER_PORT: String(settings.kafkaControllerPort),
    LOCAL_DIR: settings.localDir,
    DATABASE_URL: adminUrlOf(settings),
    KAFKA_BROKERS: brokersOf(settings).join(','),
  };
}

async function runScript(settings: InfrastructureSettings, script: string): Promise<void> {
  await run('bash', [join(SCRIPTS, script)], { env: scriptEnvironment(settings), maxBuffer: 10 * 1024 * 1024 });
}

/**
 * Creates and starts the cluster with the admin role and database (deploy/local/postgres.sh).
 * Refuses the shared cluster's name and port, which other developers use.
 */
export async function startPostgres(settings: InfrastructureSettings): Promise<void> {
  if (settings.pgCluster === 'bitacora' || settings.pgPort === 5433) {
    throw new Error('the fault scenario never touches the shared cluster bitacora on port 5433');
  }
  await runScript(settings, 'postgres.sh');
}

/**
 * Starts the broker with deploy/local/kafka.sh. The jars are copied from the shared broker's
 * folder when it has them, so no download is needed.
 */
export async function startKafka(settings: InfrastructureSettings): Promise<void> {
  if (settings.kafkaPort === 9092) {
    throw new Error('the fault scenario never touches the shared broker on port 9092');
  }
  const libs = join(settings.localDir, 'kafka', 'libs');
  if (!(await exists(libs)) && (await exists(SHARED_KAFKA_LIBS))) {
    await cp(SHARED_KAFKA_LIBS, libs, { recursive: true });
  }
  await runScript(settings, 'kafka.sh');
}

/** Kills the broker's java process (pid file of kafka.sh) with SIGKILL and waits until it is gone. */
export async function killKafka(settings: InfrastructureSettings): Promise<void> {
  const pid = await kafkaPid(settings);
  if (pid === undefined || !isAlive(pid)) {
    return;
  }
  process.kill(pid, 'SIGKILL');
  await waitUntil(() => !isAlive(pid), 30_000, `broker process ${pid} to exit`);
}

export async function stopPostgres(settings: InfrastructureSettings): Promise<void> {
  await run('pg_ctlcluster', [settings.pgVersion, settings.pgCluster, 'stop', '-m', 'fast']);
}

export async function resumePostgres(settings: InfrastructureSettings): Promise<void> {
  await run('pg_ctlcluster', [settings.pgVersion, settings.pgCluster, 'start']);
  await waitUntil(
    async () => run('pg_isready', ['-h', '127.0.0.1', '-p', String(settings.pgPort)]).then(() => true, () => false),
    60_000,
    'PostgreSQL to accept connections',
  );
}

/** Stops the broker and drops the cluster with its data; each step runs even when another fails. */
export async function tearDownInfrastructure(settings: InfrastructureSettings): Promise<string[]> {
  const problems: string[] = [];
  await killKafka(settings).catch((error: Error) => problems.push(`broker: ${error.message}`));
  await run('pg_dropcluster', [settings.pgVersion, settings.pgCluster, '--stop']).catch((error: Error) => problems.push(`pg_dropcluster: ${error.message}`));
  return problems;
}

async function kafkaPid(settings: InfrastructureSettings): Promise<number | undefined> {
  const text = await readFile(join(settings.localDir, 'kafka', 'kafka.pid'), 'utf8').catch(() => '');
  const pid = Number.parseInt(text.trim(), 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Polls `check` every 250 ms until it holds; throws after `timeoutMs`. */
export async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
