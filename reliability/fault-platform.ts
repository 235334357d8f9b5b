import { generateKeyPairSync } from 'node:crypto';
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createPlatformDatabase, type PlatformDatabase, type ServiceName } from '../e2e/support/platform-database';
import { freePort, startService, stopServices, type ServiceProcess } from '../e2e/support/service-processes';

const READY_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 20_000;
const RESTART_DELAY_MS = 1000;
const MAX_UNEXPECTED_EXITS = 20;
const ALL_SERVICES: readonly ServiceName[] = ['interactions', 'promises', 'audit', 'gateway'];

/**
 * The four services from dist, each on a fixed port, under a small supervisor. A process that
 * exits is started again, as systemd or Kubernetes would, and exits the harness did not cause are
 * recorded.
 */
export interface FaultPlatform {
  gatewayUrl: string;
  database: PlatformDatabase;
  publicKeyPath: string;
  topicSuffix: string;
  /** Directory of each process's full output, one file per start. */
  logDirectory: string;
  processOf(name: ServiceName): ServiceProcess;
  /** Exits the harness did not cause, with the last lines each process wrote. */
  unexpectedExits: string[];
  /** Kills the service with SIGKILL; the supervisor starts it again. */
  kill(name: ServiceName): void;
  /** Resolves once every service is running and ready. */
  allReady(): Promise<void>;
  stop(): Promise<void>;
}

export interface FaultPlatformOptions {
  brokers: string[];
  runSuffix: string;
  workDirectory: string;
  logDirectory: string;
}

interface Supervised {
  current: ServiceProcess;
  ready: Promise<boolean>;
  killRequested: boolean;
  starts: number;
}

export async function startFaultPlatform(options: FaultPlatformOptions): Promise<FaultPlatform> {
  const database = await createPlatformDatabase();
  const signingKey = generateKeyPairSync('ed25519');
  const publicKeyPath = join(options.workDirectory, 'audit-public-key.pem');
  await writeFile(publicKeyPath, signingKey.publicKey.export({ type: 'spki', format: 'pem' }));
  await mkdir(options.logDirectory, { recursive: true });
  const topicSuffix = `.faults-${options.runSuffix}`;
  const ports = { interactions: await freePort(), promises: await freePort(), audit: await freePort(), gateway: await freePort() };
  const url = (name: ServiceName) => `http://127.0.0.1:${ports[name]}`;
  const group = (name: string) => `faults-${options.runSuffix}-${name}`;

  const environments: Record<ServiceName, Record<string, string>> = {
    interactions: { PROMISE_STATES_CONSUMER_GROUP: group('interactions.promise-states'), SUBMISSIONS_CONSUMER_GROUP: group('interactions.submissions') },
    promises: { PAYMENTS_CONSUMER_GROUP: group('promises.payments'), INTERACTIONS_CONSUMER_GROUP: group('promises.interactions'), SCHEDULER_INTERVAL_SECONDS: '1' },
    audit: {
      AUDIT_SIGNING_KEY: signingKey.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      AUDIT_CHECKPOINT_INTERVAL_MS: '2000',
      AUDIT_CONSUMER_GROUP: group('audit.ledger'),
      AUDIT_LOCAL_KEY_DIR: options.workDirectory,
    },
    gateway: {
      UPSTREAM_INTERACTIONS_URL: url('interactions'),
      UPSTREAM_PROMISES_URL: url('promises'),
      UPSTREAM_AUDIT_URL: url('audit'),
      UPSTREAM_TIMEOUT_MS: '20000',
      // The scenario's one CRM client retries a backlog after every outage. At the default of 600
      // requests per minute it is refused until its one-minute window ends, and some requests
      // wait past the client's retry deadline. The limiter has tests of its own.
      DEFAULT_RATE_LIMIT_PER_MINUTE: '6000',
    },
  };

  const supervised = new Map<ServiceName, Supervised>();
  const unexpectedExits: string[] = [];
  let stopping = false;

  const launch = (name: ServiceName): void => {
    const previous = supervised.get(name);
    const starts = (previous?.starts ?? 0) + 1;
    const service = startService(name, ports[name], {
      DATABASE_URL: database.urls[name].appUrl,
      DATABASE_MIGRATION_URL: database.urls[name].ownerUrl,
      KAFKA_BROKERS: options.brokers.join(','),
      KAFKA_CLIENT_ID: `faults-${name}-${options.runSuffix}`,
      KAFKA_TOPIC_SUFFIX: topicSuffix,
      ...environments[name],
    });
    const logFile = join(options.logDirectory, `${name}-${starts}.log`);
    const keep = (chunk: Buffer) => void appendFile(logFile, chunk).catch(() => undefined);
    service.child.stdout?.on('data', keep);
    service.child.stderr?.on('data', keep);
    const entry: Supervised = { current: service, ready: whenReady(service, READY_TIMEOUT_MS), killRequested: false, starts };
    supervised.set(name, entry);
    service.child.once('exit', (code, signal) => {
      if (stopping) {
        return;
      }
      if (!entry.killRequested) {
        unexpectedExits.push(`${name} (start ${starts}) exited with ${code ?? signal}; log ${logFile}; last lines: ${lastLines(service.output())}`);
      }
      if (unexpectedExits.length > MAX_UNEXPECTED_EXITS) {
        return;
      }
      setTimeout(() => (stopping ? undefined : launch(name)), entry.killRequested ? 0 : RESTART_DELAY_MS);
    });
  };

  const allReady = async (): Promise<void> => {
    const deadline = Date.now() + 3 * READY_TIMEOUT_MS;
    for (const name of ALL_SERVICES) {
      for (;;) {
        const entry = supervised.get(name);
        if (entry !== undefined && (await entry.ready) && supervised.get(name) === entry && entry.current.child.exitCode === null) {
          break;
        }
        if (Date.now() > deadline || unexpectedExits.length > MAX_UNEXPECTED_EXITS) {
          throw new Error(`${name} is not ready: ${unexpectedExits.slice(-3).join(' | ')}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  };
  const stop = async () => {
    stopping = true;
    const processes = [...supervised.values()].map((entry) => entry.current);
    processes.forEach((service) => service.child.exitCode === null && service.child.kill('SIGCONT'));
    await stopServices(processes, STOP_GRACE_MS);
  };

  try {
    for (const name of ALL_SERVICES) {
      launch(name);
      await allReadyOf(name);
    }
  } catch (error) {
    await stop();
    throw error;
  }

  async function allReadyOf(name: ServiceName): Promise<void> {
    const deadline = Date.now() + 3 * READY_TIMEOUT_MS;
    while (!(await (supervised.get(name) as Supervised).ready)) {
      if (Date.now() > deadline || unexpectedExits.length > MAX_UNEXPECTED_EXITS) {
        throw new Error(`${name} did not start: ${unexpectedExits.slice(-3).join(' | ')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  return {
    gatewayUrl: url('gateway'),
    database,
    publicKeyPath,
    topicSuffix,
    logDirectory: options.logDirectory,
    unexpectedExits,
    processOf: (name) => (supervised.get(name) as Supervised).current,
    kill(name) {
      const entry = supervised.get(name) as Supervised;
      entry.killRequested = true;
      entry.current.child.kill('SIGKILL');
    },
    allReady,
    stop,
  };
}

/** Resolves true once /health/ready returns 200, false if the process exits or the time runs out. */
async function whenReady(service: ServiceProcess, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null || service.child.signalCode !== null) {
      return false;
    }
    const response = await fetch(`${service.baseUrl}/health/ready`, { signal: AbortSignal.timeout(5000) }).catch(() => undefined);
    if (response?.status === 200) {
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

function lastLines(output: string): string {
  return output.trim().split('\n').slice(-2).join(' / ').slice(-400);
}
