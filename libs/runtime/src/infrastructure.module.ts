import { DynamicModule, Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import type { Logger as PinoLogger } from 'pino';
import type { CommonConfig } from '@bitacora/config';
import { createKafkaClient, createProducer } from '@bitacora/messaging';
import { currentContext, ServiceMetrics } from '@bitacora/observability';
import { createServiceDataSource } from '@bitacora/persistence';
import { DependencyIndicators, HealthController } from './health';
import { INFRASTRUCTURE_OPTIONS, InfrastructureLifecycle, InfrastructureOptions } from './infrastructure';
import { MetricsController } from './metrics.controller';
import { CONFIG, DATA_SOURCE, KAFKA, METRICS, PRODUCER, ROOT_LOGGER, SERVICE_NAME } from './tokens';

/**
 * Everything a service shares with the others: validated config, logger, metrics, health,
 * database, Kafka client and producer, outbox relay. Import it once in the service's root module.
 */
@Global()
@Module({})
export class InfrastructureModule {
  static forRoot(options: InfrastructureOptions & { config: CommonConfig; logger: PinoLogger; metrics?: ServiceMetrics }): DynamicModule {
    const { config, logger } = options;
    const metrics = options.metrics ?? new ServiceMetrics(options.service);
    return {
      module: InfrastructureModule,
      imports: [
        TerminusModule.forRoot({ logger: false }),
        LoggerModule.forRoot({
          pinoHttp: {
            logger,
            autoLogging: { ignore: (request) => /^\/(health|metrics)/.test(request.url ?? '') },
            customProps: () => ({ requestId: currentContext()?.requestId }),
            serializers: {
              req: (request: { id: string; method: string; url: string }) => ({ id: request.id, method: request.method, url: request.url }),
              res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
            },
          },
        }),
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: INFRASTRUCTURE_OPTIONS, useValue: options },
        { provide: SERVICE_NAME, useValue: options.service },
        { provide: CONFIG, useValue: config },
        { provide: ROOT_LOGGER, useValue: logger },
        { provide: METRICS, useValue: metrics },
        {
          provide: DATA_SOURCE,
          useFactory: () =>
            createServiceDataSource({
              ...options.dataSource,
              url: config.DATABASE_URL,
              schema: options.schema,
              applicationName: options.service,
              poolSize: config.DATABASE_POOL_SIZE,
              statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
              idleInTransactionTimeoutMs: config.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
            }),
        },
        {
          provide: KAFKA,
          useFactory: () => createKafkaClient({ clientId: config.KAFKA_CLIENT_ID ?? options.service, brokers: config.KAFKA_BROKERS, logger }),
        },
        { provide: PRODUCER, inject: [KAFKA], useFactory: createProducer },
        DependencyIndicators,
        InfrastructureLifecycle,
      ],
      exports: [SERVICE_NAME, CONFIG, ROOT_LOGGER, METRICS, DATA_SOURCE, KAFKA, PRODUCER],
    };
  }
}
