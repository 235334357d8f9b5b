import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Kafka, Producer } from 'kafkajs';
import { Client } from 'pg';
import pino from 'pino';
import { createEvent, type CloudEvent } from '@bitacora/contracts';
import { createValidationPipe, ProblemDetailsFilter } from '@bitacora/http';
import { createFastifyAdapter } from '@bitacora/runtime';
import { createTestDatabase, testKafka, uniqueSuffix, type TestDatabase } from '@bitacora/testing';
import type { AuditTopics } from '../audit-options';
import { AuditModule } from '../app.module';
import { loadAuditConfig } from '../config';
import { generateSigningKeyPair, type SigningKeyPair } from '../ledger';

export interface AuditHarness {
  app: NestFastifyApplication;
  db: TestDatabase;
  kafka: Kafka;
  producer: Producer;
  topics: AuditTopics;
  groupId: string;
  keys: SigningKeyPair;
  /** Connection as the platform admin role, which may act as the schema owner. */
  admin: Client;
  inject(request: { method: 'GET' | 'POST'; url: string; payload?: unknown; headers?: Record<string, string> }): Promise<{ statusCode: number; body: string; json<T = unknown>(): T; headers: Record<string, unknown> }>;
  publish(topic: string, events: { event: CloudEvent | string; partition?: number; key?: string }[]): Promise<void>;
  restart(overrides?: Record<string, string>, consume?: boolean): Promise<void>;
  /** True once the outbox relay has published every row written so far. */
  outboxDrained(): Promise<boolean>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  partitions?: number;
  env?: Record<string, string>;
  consume?: boolean;
}

/** Boots the real audit module on a fresh schema and fresh topics, with a test signing key. */
export async function startAuditHarness(options: HarnessOptions = {}): Promise<AuditHarness> {
  const suffix = uniqueSuffix();
  const db = await createTestDatabase('audit');
  const kafka = testKafka();
  const topics: AuditTopics = {
    interactions: `test.interactions.${suffix}`,
    promises: `test.promises.${suffix}`,
    payments: `test.payments.${suffix}`,
    access: `test.access.${suffix}`,
    audit: `test.audit.${suffix}`,
  };
  const groupId = `audit-test-${suffix}`;
  const keys = generateSigningKeyPair();
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  const admin = new Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();

  const env = (overrides: Record<string, string>) => ({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: db.appUrl,
    DATABASE_MIGRATION_URL: db.ownerUrl,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS,
    KAFKA_TOPIC_PARTITIONS: String(options.partitions ?? 3),
    AUDIT_SIGNING_KEY: keys.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    AUDIT_CHECKPOINT_INTERVAL_MS: '600000',
    ...options.env,
    ...overrides,
  });

  const boot = async (overrides: Record<string, string>, consume = options.consume ?? true) => {
    const config = loadAuditConfig(env(overrides));
    const logger = pino({ level: config.LOG_LEVEL });
    const app = await NestFactory.create<NestFastifyApplication>(
      AuditModule.register(config, logger, db.schema, { topics, groupId, consume, onConsumerFatal: () => undefined }),
      createFastifyAdapter(),
      { logger: false },
    );
    app.useGlobalFilters(new ProblemDetailsFilter());
    app.useGlobalPipes(createValidationPipe());
    await app.init();
    return app;
  };

  const harness: AuditHarness = {
    app: await boot({}),
    db,
    kafka,
    producer,
    topics,
    groupId,
    keys,
    admin,
    async inject(request) {
      const response = await harness.app
        .getHttpAdapter()
        .getInstance()
        .inject({ method: request.method, url: request.url, payload: request.payload as string | object | undefined, headers: request.headers });
      return { statusCode: response.statusCode, body: response.body, json: <T>() => JSON.parse(response.body) as T, headers: response.headers };
    },
    async publish(topic, events) {
      await producer.send({
        topic,
        acks: -1,
        messages: events.map(({ event, partition, key }) => ({
          partition,
          key: key ?? null,
          value: typeof event === 'string' ? event : JSON.stringify(event),
        })),
      });
    },
    async restart(overrides = {}, consume?: boolean) {
      await harness.app.close();
      harness.app = await boot(overrides, consume);
    },
    async outboxDrained() {
      const result = await admin.query<{ pending: string }>(`SELECT count(*) AS pending FROM "${db.schema}".outbox WHERE published_at IS NULL`);
      return result.rows[0].pending === '0';
    },
    async close() {
      await harness.app.close();
      await producer.disconnect();
      await admin.end();
      await db.drop();
    },
  };
  return harness;
}

/** Builds an access event (a debtor read through the gateway) that the catalog accepts. */
export function accessEvent(debtorId: string, index: number, overrides: Partial<CloudEvent> = {}): CloudEvent {
  const event = createEvent({
    type: 'co.collections.access.debtor-data-read.v1',
    source: '/services/gateway',
    actor: `agent:ag-${index % 3}`,
    debtorId,
    data: {
      accessId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a11',
      debtorId,
      principal: { kind: 'api_key', id: 'crm-main', roles: ['agent'] },
      method: 'GET',
      route: '/v1/debtors/:debtorId/timeline',
      requestId: `req-${index}`,
      accessedAt: '2026-03-10T15:42:10Z',
    },
  });
  return { ...event, ...overrides };
}

/** Counts the records stored for the schema, read as the admin role. */
export async function countRecords(harness: AuditHarness): Promise<number> {
  const result = await harness.admin.query<{ count: string }>(`SELECT count(*) AS count FROM "${harness.db.schema}".ledger_records`);
  return Number(result.rows[0].count);
}
