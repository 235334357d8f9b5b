import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPlatformDatabase, type PlatformDatabase, type ServiceName } from './platform-database';
import { freePort, startService, stopServices, waitUntilReady, type ServiceProcess } from './service-processes';

export interface RunningPlatform {
  gatewayUrl: string;
  /** Directory for this run's files: the audit public key and anything a test writes. */
  workDirectory: string;
  publicKeyPath: string;
  /** Every line each service wrote, one file per service in `workDirectory`. */
  logFiles: string[];
  stop(): Promise<void>;
}

export interface PlatformOptions {
  brokers: string[];
  /** Unique text for consumer groups and client ids. */
  suffix: string;
  readyTimeoutMs: number;
  stopGraceMs: number;
  /**
   * Starts the audit service too (default true). Two audit processes in the shared `audit.ledger`
   * group would split the topic partitions between them, so only one spec at a time should start it.
   */
  audit?: boolean;
  /** Log level of every service (default `warn`); `debug` writes the most lines to scan. */
  logLevel?: string;
}

/**
 * Starts the four services from dist as separate processes on a fresh database: interactions,
 * promises and audit first, the gateway once they are ready. Consumer groups are this run's own
 * and its topics carry its own suffix, so a run never touches a platform already running.
 */
export async function startPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  const database = await createPlatformDatabase();
  const workDirectory = await mkdtemp(join(tmpdir(), 'bitacora-e2e-'));
  const services: ServiceProcess[] = [];
  const stop = async () => {
    await stopServices(services, options.stopGraceMs);
    await database.drop();
    await rm(workDirectory, { recursive: true, force: true });
  };

  try {
    const signingKey = generateKeyPairSync('ed25519');
    const publicKeyPath = join(workDirectory, 'audit-public-key.pem');
    await writeFile(publicKeyPath, signingKey.publicKey.export({ type: 'spki', format: 'pem' }));
    const [interactionsPort, promisesPort, auditPort, gatewayPort] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
    const common = (service: ServiceName) => commonEnvironment(database, service, options);
    const logFiles: string[] = [];
    const logFileOf = (service: ServiceName) => {
      const file = join(workDirectory, `${service}.log`);
      logFiles.push(file);
      return file;
    };

    services.push(
      startService('interactions', interactionsPort, {
        ...common('interactions'),
        PROMISE_STATES_CONSUMER_GROUP: `e2e-${options.suffix}-interactions.promise-states`,
        SUBMISSIONS_CONSUMER_GROUP: `e2e-${options.suffix}-interactions.submissions`,
      }, logFileOf('interactions')),
      startService('promises', promisesPort, {
        ...common('promises'),
        PAYMENTS_CONSUMER_GROUP: `e2e-${options.suffix}-promises.payments`,
        INTERACTIONS_CONSUMER_GROUP: `e2e-${options.suffix}-promises.interactions`,
        SCHEDULER_INTERVAL_SECONDS: '1',
      }, logFileOf('promises')),
    );
    if (options.audit ?? true) {
      services.push(
        startService('audit', auditPort, {
          ...common('audit'),
          AUDIT_SIGNING_KEY: signingKey.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
          AUDIT_CHECKPOINT_INTERVAL_MS: '2000',
          AUDIT_CONSUMER_GROUP: `e2e-${options.suffix}-audit.ledger`,
          AUDIT_LOCAL_KEY_DIR: workDirectory,
        }, logFileOf('audit')),
      );
    }
    await Promise.all(services.map((service) => waitUntilReady(service, options.readyTimeoutMs)));

    const gateway = startService('gateway', gatewayPort, {
      ...common('gateway'),
      UPSTREAM_INTERACTIONS_URL: services[0].baseUrl,
      UPSTREAM_PROMISES_URL: services[1].baseUrl,
      UPSTREAM_AUDIT_URL: `http://127.0.0.1:${auditPort}`,
      UPSTREAM_TIMEOUT_MS: '20000',
    }, logFileOf('gateway'));
    services.push(gateway);
    await waitUntilReady(gateway, options.readyTimeoutMs);

    return { gatewayUrl: gateway.baseUrl, workDirectory, publicKeyPath, logFiles, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function commonEnvironment(database: PlatformDatabase, service: ServiceName, options: PlatformOptions): Record<string, string> {
  return {
    DATABASE_URL: database.urls[service].appUrl,
    DATABASE_MIGRATION_URL: database.urls[service].ownerUrl,
    KAFKA_BROKERS: options.brokers.join(','),
    KAFKA_CLIENT_ID: `e2e-${service}-${options.suffix}`,
    KAFKA_TOPIC_SUFFIX: topicSuffixOf(options.suffix),
    LOG_LEVEL: options.logLevel ?? 'warn',
  };
}

/** Topic suffix of one run: the run's services, kcat and the compliance reader use only these topics. */
export function topicSuffixOf(runSuffix: string): string {
  return `.e2e-${runSuffix.toLowerCase()}`;
}
