/**
 * Locates the PostgreSQL and Kafka that integration specs run against, once per Jest run:
 * - DATABASE_URL and KAFKA_BROKERS when both are set (CI and the local scripts start real ones);
 * - otherwise containers from testcontainers when a Docker engine answers;
 * - otherwise the run stops with a message that says how to provide them.
 * The chosen addresses are written back to process.env, which Jest passes to every worker.
 */
import { execFileSync } from 'node:child_process';

type StopFn = () => Promise<void>;

declare global {
  var __bitacoraStopInfrastructure: StopFn | undefined;
}

function dockerAnswers(): boolean {
  try {
    execFileSync('docker', ['info'], { stdio: 'ignore', timeout: 5000 });
    return true;
  } catch {
    return false;
  }
}

async function startContainers(): Promise<StopFn> {
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  const { KafkaContainer } = await import('@testcontainers/kafka');

  const [postgres, kafka] = await Promise.all([
    new PostgreSqlContainer('postgres:15').withUsername('bitacora').withPassword('bitacora-local').withDatabase('bitacora').start(),
    new KafkaContainer('confluentinc/cp-kafka:7.6.0').withKraft().withEnvironment({ KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'false' }).start(),
  ]);

  process.env.DATABASE_URL = postgres.getConnectionUri();
  process.env.KAFKA_BROKERS = `${kafka.getHost()}:${kafka.getMappedPort(9093)}`;
  return async () => {
    await Promise.all([postgres.stop(), kafka.stop()]);
  };
}

export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL && process.env.KAFKA_BROKERS) {
    return;
  }
  if (dockerAnswers()) {
    globalThis.__bitacoraStopInfrastructure = await startContainers();
    return;
  }
  throw new Error(
    'Integration tests need PostgreSQL and Kafka. Set DATABASE_URL (an admin role that may create roles and schemas) ' +
      'and KAFKA_BROKERS (host:port), for example by running `bash deploy/local/infra.sh` and `source deploy/local/env.sh`, ' +
      'or make a Docker engine available for testcontainers.',
  );
}
