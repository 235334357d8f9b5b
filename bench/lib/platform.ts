// Starts the benchmarks' own instances of the built services on fresh schemas, unique topics and
// consumer groups, on ports 4200-4299 of 127.0.0.1, and reads their resident memory.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVICE_NODE_FLAGS, withTopicSuffix } from '@bitacora/config';
import { Topics } from '@bitacora/contracts';
import { createTestDatabase, uniqueSuffix, type TestDatabase } from '@bitacora/testing';

export const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://bitacora:bitacora-local@127.0.0.1:5433/bitacora';
export const BROKERS = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';
process.env.DATABASE_URL = ADMIN_URL;
process.env.KAFKA_BROKERS = BROKERS;

export type ServiceName = 'gateway' | 'interactions' | 'promises' | 'audit';

export interface RunningService {
  name: ServiceName;
  port: number;
  pid: number;
  db: TestDatabase;
  /** Peak and current resident memory in MiB, from /proc/<pid>/status. */
  memory(): { peakMiB: number; currentMiB: number };
  /** Stops the process and keeps its schema. */
  kill(): Promise<void>;
  /** Stops the process and drops its schema and roles. */
  stop(): Promise<void>;
}

/** Topic names of one benchmark run: the platform's names with a unique suffix. */
/** Topics of one benchmark run: every platform topic with the suffix `.bench-<suffix>`, as KAFKA_TOPIC_SUFFIX names them. */
export function benchTopics(suffix: string) {
  return withTopicSuffix(
    {
      interactions: Topics.interactions,
      promises: Topics.promises,
      submissions: Topics.interactionSubmissions,
      payments: Topics.payments,
      access: Topics.access,
      audit: Topics.audit,
    },
    `.bench-${suffix}`,
  );
}

export interface StartOptions {
  port: number;
  suffix: string;
  topics: ReturnType<typeof benchTopics>;
  env?: Record<string, string>;
}

function readMemory(pid: number): { peakMiB: number; currentMiB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { peakMiB: Math.round(kib('VmHWM') / 1024), currentMiB: Math.round(kib('VmRSS') / 1024) };
}

async function waitUntilReady(port: number, child: ChildProcess, name: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${name} exited (code ${child.exitCode}, signal ${child.signalCode}) before it was ready`);
    }
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health/ready`);
      if (response.ok) {
        return;
      }
    } catch {
      // Not listening yet: poll again until the deadline.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} on port ${port} was not ready after ${timeoutMs} ms`);
}

/**
 * Starts `name`, trying a second time when the first process exits before it is ready: on the
 * shared broker, creating a new topic sometimes fails its first metadata request.
 */
export async function startService(name: ServiceName, options: StartOptions): Promise<RunningService> {
  try {
    return await startServiceOnce(name, options);
  } catch (error) {
    console.error(`${name} did not start (${(error as Error).message}); trying once more`);
    return startServiceOnce(name, options);
  }
}

/** Provisions a fresh schema and starts `dist/services/<name>/src/main.js` on it, with this run's topics and groups. */
async function startServiceOnce(name: ServiceName, options: StartOptions): Promise<RunningService> {
  if (options.port < 4200 || options.port > 4299) {
    throw new RangeError(`port ${options.port} is outside the benchmarks' range 4200-4299`);
  }
  const db = await createTestDatabase(`bench_${name}`);
  const child = spawn(process.execPath, [...SERVICE_NODE_FLAGS, join(__dirname, '..', '..', 'dist', 'services', name, 'src', 'main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(options.port),
      DATABASE_URL: db.appUrl,
      DATABASE_MIGRATION_URL: db.ownerUrl,
      KAFKA_BROKERS: BROKERS,
      KAFKA_CLIENT_ID: `bench-${name}-${options.suffix}`,
      AUDIT_LOCAL_KEY_DIR: mkdtempSync(join(tmpdir(), 'bench-audit-key-')),
      DATABASE_SCHEMA: db.schema,
      KAFKA_TOPIC_SUFFIX: options.topics.payments.slice(Topics.payments.length),
      PROMISE_STATES_CONSUMER_GROUP: `interactions.promise-states.bench-${options.suffix}`,
      SUBMISSIONS_CONSUMER_GROUP: `interactions.submissions.bench-${options.suffix}`,
      PAYMENTS_CONSUMER_GROUP: `promises.payments.${options.suffix}`,
      INTERACTIONS_CONSUMER_GROUP: `promises.interactions.${options.suffix}`,
      AUDIT_CONSUMER_GROUP: `audit.ledger.${options.suffix}`,
      // BENCH_CPU_PROF_DIR=<dir> writes a V8 CPU profile of each service when it stops.
      ...(process.env.BENCH_CPU_PROF_DIR ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}` } : {}),
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[${name}] ${chunk.toString()}`));
  const pid = child.pid;
  if (pid === undefined) {
    throw new Error(`${name} did not start`);
  }
  const kill = async () => {
    // A process ended by a signal keeps exitCode null: check both, or a second kill waits forever.
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    }
  };
  const stop = async () => {
    await kill();
    await db.drop();
  };
  try {
    await waitUntilReady(options.port, child, name);
  } catch (error) {
    await stop();
    throw error;
  }
  return { name, port: options.port, pid, db, memory: () => readMemory(pid), kill, stop };
}

/** Gateway, interactions and audit wired together; promises too when `withPromises`. */
export async function startPlatform(basePort: number, withPromises = false) {
  const suffix = uniqueSuffix();
  const topics = benchTopics(suffix);
  const started: RunningService[] = [];
  try {
    const interactions = await startService('interactions', { port: basePort + 1, suffix, topics });
    started.push(interactions);
    const audit = await startService('audit', { port: basePort + 3, suffix, topics });
    started.push(audit);
    if (withPromises) {
      started.push(await startService('promises', { port: basePort + 2, suffix, topics }));
    }
    const gateway = await startService('gateway', {
      port: basePort,
      suffix,
      topics,
      env: {
        UPSTREAM_INTERACTIONS_URL: `http://127.0.0.1:${basePort + 1}`,
        UPSTREAM_PROMISES_URL: `http://127.0.0.1:${basePort + 2}`,
        UPSTREAM_AUDIT_URL: `http://127.0.0.1:${basePort + 3}`,
        DEFAULT_RATE_LIMIT_PER_MINUTE: '1000000',
        BREAKER_VOLUME_THRESHOLD: '1000',
      },
    });
    started.push(gateway);
    return { suffix, topics, gateway, interactions, audit, services: started, stop: () => stopAll(started) };
  } catch (error) {
    await stopAll(started);
    throw error;
  }
}

export async function stopAll(services: RunningService[]): Promise<void> {
  for (const service of [...services].reverse()) {
    await service.stop().catch((error: unknown) => console.error(`stopping ${service.name} failed:`, error));
  }
}

export { uniqueSuffix };
