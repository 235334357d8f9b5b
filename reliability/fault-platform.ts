import { generateKeyPairSync } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createPlatformDatabase, type PlatformDatabase, type ServiceName } from '../e2e/support/platform-database';
import { freePort, startService, stopServices, waitUntilReady, type ServiceProcess } from '../e2e/support/service-processes';

const READY_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 20_000;

/** The four services from dist, each on a fixed port so that one can be killed and started again. */
export interface FaultPlatform {
  gatewayUrl: string;
  database: PlatformDatabase;
  publicKeyPath: string;
  topicSuffix: string;
  processOf(name: ServiceName): ServiceProcess;
  /** Kills the service with SIGKILL, starts it again and waits until it is ready. */
  killAndRestart(name: ServiceName): Promise<void>;
  stop(): Promise<void>;
}

export interface FaultPlatformOptions {
  brokers: string[];
  runSuffix: string;
  workDirectory: string;
}

export async function startFaultPlatform(options: FaultPlatformOptions): Promise<FaultPlatform> {
  const database = await createPlatformDatabase();
  const signingKey = generateKeyPairSync('ed25519');
  const publicKeyPath = join(options.workDirectory, 'audit-public-key.pem');
  await writeFile(publicKeyPath, signingKey.publicKey.export({ type: 'spki', format: 'pem' }));
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
    },
  };
  const launch = (name: ServiceName) =>
    startService(name, ports[name], {
      DATABASE_URL: database.urls[name].appUrl,
      DATABASE_MIGRATION_URL: database.urls[name].ownerUrl,
      KAFKA_BROKERS: options.brokers.join(','),
      KAFKA_CLIENT_ID: `faults-${name}-${options.runSuffix}`,
      KAFKA_TOPIC_SUFFIX: topicSuffix,
      ...environments[name],
    });

  const running = new Map<ServiceName, ServiceProcess>();
  const stop = () => stopServices([...running.values()], STOP_GRACE_MS);
  try {
    for (const name of ['interactions', 'promises', 'audit'] as const) {
      running.set(name, launch(name));
    }
    await Promise.all([...running.values()].map((service) => waitUntilReady(service, READY_TIMEOUT_MS)));
    running.set('gateway', launch('gateway'));
    await waitUntilReady(running.get('gateway') as ServiceProcess, READY_TIMEOUT_MS);
  } catch (error) {
    await stop();
    throw error;
  }

  const processOf = (name: ServiceName): ServiceProcess => {
    const service = running.get(name);
    if (service === undefined) {
      throw new Error(`${name} is not running`);
    }
    return service;
  };

  return {
    gatewayUrl: url('gateway'),
    database,
    publicKeyPath,
    topicSuffix,
    processOf,
    async killAndRestart(name) {
      const old = processOf(name);
      const exited = new Promise<void>((resolve) => (old.child.exitCode !== null || old.child.signalCode !== null ? resolve() : old.child.once('exit', () => resolve())));
      old.child.kill('SIGKILL');
      await exited;
      const fresh = launch(name);
      running.set(name, fresh);
      await waitUntilReady(fresh, READY_TIMEOUT_MS);
    },
    stop,
  };
}
