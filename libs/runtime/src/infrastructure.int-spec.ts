import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import pino from 'pino';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { commonSchema, loadConfig } from '@bitacora/config';
import { Topics } from '@bitacora/contracts';
import { appendToOutbox } from '@bitacora/messaging';
import { createMessagingTables } from '@bitacora/persistence';
import { createTestDatabase, readTopic, TestDatabase, testKafka, uniqueSuffix } from '@bitacora/testing';
import { createEvent, AccessEventTypes } from '@bitacora/contracts';
import { createFastifyAdapter, DATA_SOURCE, InfrastructureModule } from './index';

class CreateMessagingTables1733300000000 implements MigrationInterface {
  name = 'CreateMessagingTables1733300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createMessagingTables(queryRunner, queryRunner.connection.driver.schema as string);
  }

  async down(): Promise<void> {
    return undefined;
  }
}

describe('InfrastructureModule on real PostgreSQL and Kafka', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  const topic = `${Topics.access}.test-${uniqueSuffix()}`;

  beforeAll(async () => {
    db = await createTestDatabase('runtime');
    const config = loadConfig(commonSchema, {
      DATABASE_URL: db.appUrl,
      DATABASE_MIGRATION_URL: db.ownerUrl,
      KAFKA_BROKERS: process.env.KAFKA_BROKERS,
      KAFKA_TOPIC_PARTITIONS: '2',
      NODE_ENV: 'test',
    });

    @Module({
      imports: [
        InfrastructureModule.forRoot({
          service: 'runtime-test',
          schema: db.schema,
          config,
          logger: pino({ level: 'silent' }),
          dataSource: { migrations: [CreateMessagingTables1733300000000] },
          topics: [{ topic }],
        }),
      ],
    })
    class TestServiceModule {}

    app = await NestFactory.create<NestFastifyApplication>(TestServiceModule, createFastifyAdapter(), { logger: false });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await db.drop();
  });

  it('reports ready when PostgreSQL and Kafka answer', async () => {
    const response = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/health/ready' });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', details: { postgres: { status: 'up' }, kafka: { status: 'up' } } });
  });

  it('echoes a sane request id and replaces a hostile one', async () => {
    const fastify = app.getHttpAdapter().getInstance();

    const kept = await fastify.inject({ method: 'GET', url: '/health/live', headers: { 'x-request-id': 'crm-42.a' } });
    const replaced = await fastify.inject({ method: 'GET', url: '/health/live', headers: { 'x-request-id': 'bad id\u0000<script>' } });

    expect(kept.headers['x-request-id']).toBe('crm-42.a');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves Prometheus metrics', async () => {
    const response = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/metrics' });

    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('bitacora_outbox_published_total');
    expect(response.body).toContain('service="runtime-test"');
  });

  it('publishes committed outbox rows before it closes', async () => {
    const dataSource = app.get<DataSource>(DATA_SOURCE);
    const event = createEvent({
      type: AccessEventTypes.debtorDataAccessed,
      source: 'urn:test',
      debtorId: 'CC-1',
      data: { accessId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a11', debtorId: 'CC-1', principal: { kind: 'api_key', id: 'crm', roles: ['agent'] }, method: 'GET', route: '/v1/x', requestId: 'r', accessedAt: new Date().toISOString() },
    });
    await dataSource.transaction((manager) => appendToOutbox(manager, db.schema, [{ topic, event }]));

    await app.close();

    const messages = await readTopic(testKafka(), topic, (received) => received.length >= 1);
    expect(JSON.parse(messages[0].value).id).toBe(event.id);
  });
});
