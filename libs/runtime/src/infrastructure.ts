import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { Kafka, Producer } from 'kafkajs';
import type { Logger as PinoLogger } from 'pino';
import type { DataSource } from 'typeorm';
import type { CommonConfig } from '@bitacora/config';
import { OutboxRelay, TopicSpec, ensureTopics } from '@bitacora/messaging';
import { ServiceMetrics } from '@bitacora/observability';
import { runMigrations, ServiceDataSourceOptions } from '@bitacora/persistence';
import { CONFIG, DATA_SOURCE, KAFKA, METRICS, PRODUCER, ROOT_LOGGER } from './tokens';

export const INFRASTRUCTURE_OPTIONS = Symbol('bitacora.infrastructureOptions');

export interface InfrastructureOptions {
  service: string;
  /** Postgres schema the service owns. */
  schema: string;
  dataSource: Omit<ServiceDataSourceOptions, 'url' | 'schema' | 'applicationName'>;
  /** Topics the service produces to or consumes from; created with their dead-letter topics. */
  topics: Omit<TopicSpec, 'numPartitions'>[];
  /** Publish the outbox; false for a service that writes no events. */
  outboxRelay?: boolean;
}

/**
 * Starts and stops the shared infrastructure of a service in a safe order. On start: migrations,
 * database pool, topics, producer and outbox relay. On shutdown, once the service's consumers
 * have stopped (beforeApplicationShutdown), the relay publishes what is committed, and then the
 * producer and the pool close.
 */
@Injectable()
export class InfrastructureLifecycle implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(InfrastructureLifecycle.name);
  private relay?: OutboxRelay;

  constructor(
    @Inject(INFRASTRUCTURE_OPTIONS) private readonly options: InfrastructureOptions,
    @Inject(CONFIG) private readonly config: CommonConfig,
    @Inject(ROOT_LOGGER) private readonly rootLogger: PinoLogger,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(PRODUCER) private readonly producer: Producer,
    @Inject(METRICS) private readonly metrics: ServiceMetrics,
  ) {}

  async onModuleInit(): Promise<void> {
    const applied = await runMigrations({
      ...this.options.dataSource,
      url: this.config.DATABASE_MIGRATION_URL ?? this.config.DATABASE_URL,
      schema: this.options.schema,
      applicationName: `${this.options.service}-migrations`,
    });
    this.logger.log({ schema: this.options.schema, applied }, 'migrations up to date');

    await this.dataSource.initialize();
    await ensureTopics(
      this.kafka,
      this.options.topics.map((topic) => ({
        ...topic,
        numPartitions: this.config.KAFKA_TOPIC_PARTITIONS,
        replicationFactor: this.config.KAFKA_REPLICATION_FACTOR,
      })),
    );
    await this.producer.connect();

    if (this.options.outboxRelay ?? true) {
      this.relay = new OutboxRelay({
        connection: { connectionString: this.config.DATABASE_URL, application_name: `${this.options.service}-outbox-relay`, options: `-c search_path=${this.options.schema}` },
        schema: this.options.schema,
        producer: this.producer,
        logger: this.rootLogger.child({ component: 'OutboxRelay' }),
        onPublished: (count) => this.metrics.outboxPublished.inc(count),
      });
      await this.relay.start();
    }
  }

  async onApplicationShutdown(signal?: string): Promise<void> {
    this.logger.log({ signal }, 'shutting down infrastructure');
    if (this.relay) {
      await this.relay.drain().catch((error: unknown) => this.logger.warn({ err: error }, 'final outbox drain failed; rows stay for the next start'));
      await this.relay.stop();
    }
    await this.producer.disconnect();
    if (this.dataSource.isInitialized) {
      await this.dataSource.destroy();
    }
    this.logger.log('infrastructure stopped');
  }
}
