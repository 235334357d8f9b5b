import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { uuidv7 } from 'uuidv7';
import { Topics } from '@bitacora/contracts';
import { createValidationPipe, ProblemDetailsFilter } from '@bitacora/http';
import { createLogger } from '@bitacora/observability';
import { createFastifyAdapter, DATA_SOURCE } from '@bitacora/runtime';
import { createTestDatabase, TestDatabase, uniqueSuffix } from '@bitacora/testing';
import type { DataSource } from 'typeorm';
import { GatewayModule } from '../app.module';
import { ApiClientsRepository } from '../auth/api-clients.repository';
import { generateApiKey } from '../auth/api-key';
import type { Role } from '../auth/roles';
import { GatewayConfig, loadGatewayConfig } from '../config';
import { configureGateway } from '../http/configure-gateway';

export interface GatewayHarness {
  app: NestFastifyApplication;
  config: GatewayConfig;
  db: TestDatabase;
  accessTopic: string;
  dataSource: DataSource;
  inject(options: InjectOptions): Promise<LightMyRequestResponse>;
  /** Creates an API client with `roles` and returns its key. */
  createClient(roles: Role[], rateLimitPerMinute?: number): Promise<{ name: string; key: string }>;
  close(): Promise<void>;
}

/**
 * Boots the real gateway module on a fresh schema of the real PostgreSQL and the real Kafka,
 * pointed at the given upstream URLs, with its own access topic derived from the platform's.
 */
export async function startGateway(env: Record<string, string>): Promise<GatewayHarness> {
  const db = await createTestDatabase('gateway');
  const accessTopic = `${Topics.access}.test-${uniqueSuffix()}`;
  const config = loadGatewayConfig({
    DATABASE_URL: db.appUrl,
    DATABASE_MIGRATION_URL: db.ownerUrl,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS,
    KAFKA_TOPIC_PARTITIONS: '1',
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    ...env,
  });
  const logger = createLogger({ service: 'gateway', level: config.LOG_LEVEL });

  const app = await NestFactory.create<NestFastifyApplication>(
    GatewayModule.register(config, logger, { schema: db.schema, accessTopic }),
    createFastifyAdapter(config.BODY_LIMIT_BYTES),
    { logger: false },
  );
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalPipes(createValidationPipe());
  // NOTE: Swagger UI needs @fastify/static, whose ESM dependency content-disposition the Jest
  // transform does not compile; the UI is checked against the built service instead.
  await configureGateway(app, config, { swaggerUi: false });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();

  const apiClients = app.get(ApiClientsRepository);
  return {
    app,
    config,
    db,
    accessTopic,
    dataSource: app.get<DataSource>(DATA_SOURCE),
    inject: (options) => app.getHttpAdapter().getInstance().inject(options),
    createClient: async (roles, rateLimitPerMinute) => {
      const name = `client-${uniqueSuffix()}`;
      const key = generateApiKey();
      await apiClients.upsert({ id: uuidv7(), name, key, roles, rateLimitPerMinute: rateLimitPerMinute ?? null });
      return { name, key };
    },
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
