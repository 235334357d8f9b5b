import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Kafka, Producer } from 'kafkajs';
import { Client } from 'pg';
import pino from 'pino';
import { CLOUDEVENTS_CONTENT_TYPE, Topics, type CloudEvent } from '@bitacora/contracts';
import { createValidationPipe, ProblemDetailsFilter } from '@bitacora/http';
import { createFastifyAdapter } from '@bitacora/runtime';
import { createTestDatabase, testKafka, uniqueSuffix, type TestDatabase } from '@bitacora/testing';
import { PromisesModule } from '../app.module';
import { loadPromisesConfig } from '../config';
import type { PromisesModuleOptions, PromisesTopics } from '../module-options';

export interface InjectRequest {
  method: 'GET' | 'POST';
  url: string;
  payload?: Record<string, unknown> | string;
  headers?: Record<string, string>;
}

export interface InjectResponse {
  statusCode: number;
  body: string;
  headers: Record<string, unknown>;
  json<T = unknown>(): T;
}

export interface PromisesHarness {
  app: NestFastifyApplication;
  db: TestDatabase;
  kafka: Kafka;
  producer: Producer;
  topics: PromisesTopics;
  groups: { payments: string; interactions: string };
  /** Connection as the platform admin role, for reading the schema's tables. */
  admin: Client;
  inject(request: InjectRequest, app?: NestFastifyApplication): Promise<InjectResponse>;
  publish(topic: string, events: { event: CloudEvent | string; key?: string }[]): Promise<void>;
  /** Boots another instance of the service on the same schema, topics and groups. */
  boot(options?: PromisesModuleOptions): Promise<NestFastifyApplication>;
  /** Closes the running instance and boots a new one in its place. */
  restart(options?: PromisesModuleOptions): Promise<void>;
  rows<Row>(sql: string, values?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  env?: Record<string, string>;
  module?: PromisesModuleOptions;
}

/**
 * Boots the real promises module on a fresh schema, with topics and consumer groups of its own:
 * derived topic names (`core.payments.v1.test-…`) keep the contract of the topic they extend.
 */
export async function startPromisesHarness(options: HarnessOptions = {}): Promise<PromisesHarness> {
  const suffix = uniqueSuffix();
  const db = await createTestDatabase('promises');
  const kafka = testKafka();
  const topics: PromisesTopics = {
    payments: `${Topics.payments}.test-${suffix}`,
    interactions: `${Topics.interactions}.test-${suffix}`,
    promises: `${Topics.promises}.test-${suffix}`,
  };
  const groups = { payments: `promises-payments-${suffix}`, interactions: `promises-interactions-${suffix}` };
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  const admin = new Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();

  const config = loadPromisesConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: db.appUrl,
    DATABASE_MIGRATION_URL: db.ownerUrl,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS,
    KAFKA_TOPIC_PARTITIONS: '3',
    SCHEDULER_ENABLED: 'false',
    ...options.env,
  });

  const boot = async (moduleOptions: PromisesModuleOptions = {}) => {
    const logger = pino({ level: config.LOG_LEVEL });
    const app = await NestFactory.create<NestFastifyApplication>(
      PromisesModule.register(config, logger, db.schema, { topics, consumerGroups: groups, ...options.module, ...moduleOptions }),
      createFastifyAdapter(),
      { logger: false },
    );
    app.useGlobalFilters(new ProblemDetailsFilter());
    app.useGlobalPipes(createValidationPipe());
    await app.init();
    return app;
  };

  const harness: PromisesHarness = {
    app: await boot(),
    db,
    kafka,
    producer,
    topics,
    groups,
    admin,
    async inject(request, app = harness.app) {
      const response = await app.getHttpAdapter().getInstance().inject(request);
      return { statusCode: response.statusCode, body: response.body, headers: response.headers, json: <T>() => JSON.parse(response.body) as T };
    },
    async publish(topic, events) {
      await producer.send({
        topic,
        acks: -1,
        messages: events.map(({ event, key }) => ({
          key: key ?? (typeof event === 'string' ? null : (event.accountid ?? null)),
          value: typeof event === 'string' ? event : JSON.stringify(event),
          headers: { 'content-type': CLOUDEVENTS_CONTENT_TYPE },
        })),
      });
    },
    boot,
    async restart(moduleOptions = {}) {
      await harness.app.close();
      harness.app = await boot(moduleOptions);
    },
    async rows<Row>(sql: string, values: unknown[] = []) {
      const result = await admin.query(sql.replaceAll('$schema', `"${db.schema}"`), values);
      return result.rows as Row[];
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
