import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Kafka } from 'kafkajs';
import { Client } from 'pg';
import { CloudEvent, Topics } from '@bitacora/contracts';
import { createValidationPipe, ProblemDetailsFilter } from '@bitacora/http';
import { createLogger } from '@bitacora/observability';
import { createFastifyAdapter } from '@bitacora/runtime';
import { createTestDatabase, readTopic, testKafka, TestDatabase, uniqueSuffix } from '@bitacora/testing';
import { InteractionsModule } from '../app.module';
import { loadInteractionsConfig } from '../config';
import { InteractionTopics } from '../shared/interactions-options';

export interface HttpResponse<Body = Record<string, unknown>> {
  status: number;
  headers: Record<string, unknown>;
  body: Body;
}

/** The real interactions module on its own schema, topics and consumer groups, driven through HTTP and Kafka. */
export interface InteractionsHarness {
  app: NestFastifyApplication;
  db: TestDatabase;
  topics: InteractionTopics;
  kafka: Kafka;
  request<Body = Record<string, unknown>>(method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, headers?: Record<string, string>): Promise<HttpResponse<Body>>;
  /** Runs SQL as the admin role (to inspect rows, or to try what the service role must not do). */
  sql<Row>(text: string, values?: unknown[]): Promise<Row[]>;
  /** Reads the service's output topic until `until` holds for the events read so far. */
  events(until: (events: CloudEvent[]) => boolean): Promise<CloudEvent[]>;
  stop(): Promise<void>;
}

export const AGENT = { 'x-actor': 'agent:ag-17' };

export async function startInteractions(env: Record<string, string> = {}): Promise<InteractionsHarness> {
  const db = await createTestDatabase('interactions');
  const suffix = uniqueSuffix();
  const topics: InteractionTopics = {
    interactions: `${Topics.interactions}.test-${suffix}`,
    promises: `${Topics.promises}.test-${suffix}`,
    submissions: `${Topics.interactionSubmissions}.test-${suffix}`,
  };
  const config = loadInteractionsConfig({
    DATABASE_URL: db.appUrl,
    DATABASE_MIGRATION_URL: db.ownerUrl,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS,
    KAFKA_TOPIC_PARTITIONS: '2',
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PROMISE_STATES_CONSUMER_GROUP: `interactions-promise-states-${suffix}`,
    SUBMISSIONS_CONSUMER_GROUP: `interactions-submissions-${suffix}`,
    ...env,
  });
  // TEST_LOG_LEVEL=warn shows the service's own log lines while a test is debugged.
  const level = process.env.TEST_LOG_LEVEL;
  const logger = createLogger({ service: 'interactions', level: level ?? 'silent' });
  const app = await NestFactory.create<NestFastifyApplication>(InteractionsModule.register(config, logger, db.schema, { topics }), createFastifyAdapter(), {
    logger: level === undefined ? false : ['error', 'warn'],
  });
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalPipes(createValidationPipe());
  await app.init();
  await app.getHttpAdapter().getInstance().ready();

  const kafka = testKafka();
  const admin = new Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();

  return {
    app,
    db,
    topics,
    kafka,
    async request<Body>(method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, headers: Record<string, string> = {}) {
      const response = await app.getHttpAdapter().getInstance().inject({
        method,
        url,
        headers: { ...(payload === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }),
      });
      const text = response.body;

      return { status: response.statusCode, headers: response.headers, body: (text === '' ? {} : JSON.parse(text)) as Body };
    },
    async sql<Row>(text: string, values: unknown[] = []) {
      return (await admin.query(text, values)).rows as Row[];
    },
    async events(until: (events: CloudEvent[]) => boolean) {
      const messages = await readTopic(kafka, topics.interactions, (read) => until(read.map((message) => JSON.parse(message.value) as CloudEvent)));

      return messages.map((message) => JSON.parse(message.value) as CloudEvent);
    },
    async stop() {
      await app.close();
      await admin.end();
      await db.drop();
    },
  };
}
