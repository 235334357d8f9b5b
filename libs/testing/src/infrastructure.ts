import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { provisionServiceDatabase, urlForRole } from '@bitacora/persistence';

/** Returns a short random suffix, so each test owns its topics, groups, schemas and roles. */
export function uniqueSuffix(): string {
  return randomBytes(4).toString('hex');
}

export function adminDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: integration specs run through the Jest global setup');
  return url;
}

export function kafkaBrokers(): string[] {
  const brokers = process.env.KAFKA_BROKERS;
  if (!brokers) throw new Error('KAFKA_BROKERS is not set: integration specs run through the Jest global setup');
  return brokers.split(',');
}

export interface TestDatabase {
  schema: string;
  appUrl: string;
  ownerUrl: string;
  /** Drops the schema and both roles. */
  drop(): Promise<void>;
}

/** Provisions a fresh schema with its owner and app roles, exactly as a service gets in production. */
export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  const suffix = uniqueSuffix();
  const schema = `${prefix}_${suffix}`;
  const spec = { schema, ownerRole: `${schema}_owner`, ownerPassword: `owner-${suffix}`, appRole: `${schema}_app`, appPassword: `app-${suffix}` };
  const adminUrl = adminDatabaseUrl();
  await provisionServiceDatabase(adminUrl, spec);
  return {
    schema,
    appUrl: urlForRole(adminUrl, spec.appRole, spec.appPassword),
    ownerUrl: urlForRole(adminUrl, spec.ownerRole, spec.ownerPassword),
    drop: async () => {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await client.query(`DROP OWNED BY "${spec.appRole}"`);
        await client.query(`DROP ROLE IF EXISTS "${spec.appRole}"`);
        await client.query(`DROP OWNED BY "${spec.ownerRole}"`);
        await client.query(`DROP ROLE IF EXISTS "${spec.ownerRole}"`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Creates a kafkajs client for test code that produces inputs and reads outputs. */
export function testKafka(clientId = `test-${uniqueSuffix()}`): Kafka {
  return new Kafka({ clientId, brokers: kafkaBrokers(), logLevel: logLevel.NOTHING });
}

/** Polls `check` until it returns a value other than undefined/false, or fails after `timeoutMs`. */
export async function waitFor<T>(description: string, check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 30000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value as T;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${description}${lastError ? `: ${(lastError as Error).message}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Reads every message of `topic` from the beginning until `until` returns true or the deadline passes. */
export async function readTopic(kafka: Kafka, topic: string, until: (messages: { key: string | null; value: string; headers: Record<string, string>; partition: number; offset: string }[]) => boolean, timeoutMs = 30000) {
  const consumer = kafka.consumer({ groupId: `reader-${uniqueSuffix()}` });
  const messages: { key: string | null; value: string; headers: Record<string, string>; partition: number; offset: string }[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message, partition }) => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(message.headers ?? {})) {
        if (value !== undefined) headers[name] = Array.isArray(value) ? String(value[0]) : String(value);
      }
      messages.push({ key: message.key?.toString() ?? null, value: message.value?.toString() ?? '', headers, partition, offset: message.offset });
    },
  });
  try {
    await waitFor(`messages on ${topic}`, () => until(messages), timeoutMs);
    return messages;
  } finally {
    await consumer.disconnect();
  }
}
