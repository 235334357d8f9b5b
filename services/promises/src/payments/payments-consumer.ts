import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { Kafka, Producer } from 'kafkajs';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { ConsumedEvent } from '@bitacora/messaging';
import { ServiceMetrics } from '@bitacora/observability';
import { DATA_SOURCE, KAFKA, METRICS, PRODUCER, ROOT_LOGGER } from '@bitacora/runtime';
import { ManagedConsumer } from '../consumer-lifecycle';
import type { PromisesSettings } from '../domain';
import { PROMISES_OPTIONS, PROMISES_SETTINGS, type ResolvedPromisesOptions } from '../module-options';
import { applyPaymentBatch, type PaymentBatchDependencies } from './apply-payment-batch';

/** Consumes core.payments.v1 and applies each partition's batch in one transaction. */
@Injectable()
export class PaymentsConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger: Logger;
  private readonly consumer: ManagedConsumer;
  private readonly dependencies: PaymentBatchDependencies;

  constructor(
    @Inject(DATA_SOURCE) dataSource: DataSource,
    @Inject(KAFKA) kafka: Kafka,
    @Inject(PRODUCER) producer: Producer,
    @Inject(METRICS) private readonly metrics: ServiceMetrics,
    @Inject(ROOT_LOGGER) rootLogger: Logger,
    @Inject(PROMISES_OPTIONS) private readonly options: ResolvedPromisesOptions,
    @Inject(PROMISES_SETTINGS) settings: PromisesSettings,
  ) {
    this.logger = rootLogger.child({ component: 'PaymentsConsumer' });
    this.dependencies = { dataSource, schema: options.schema, eventsTopic: options.topics.promises, settings, clock: options.clock };
    this.consumer = new ManagedConsumer({
      kafka,
      producer,
      metrics,
      logger: this.logger,
      groupId: options.consumerGroups.payments,
      topic: options.topics.payments,
      handler: options.wrapPaymentsHandler((events) => this.apply(events)),
      tuning: options.paymentsFetch,
    });
  }

  /** True once shutdown began; the runner then leaves a failed batch uncommitted for redelivery. */
  get isStopping(): boolean {
    return this.consumer.isStopping;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.consumer.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer.stop();
  }

  private async apply(events: ConsumedEvent[]): Promise<void> {
    const started = performance.now();
    const applied = await applyPaymentBatch(this.dependencies, events);
    this.metrics.eventsConsumed.inc({ topic: this.options.topics.payments }, applied);

    const first = events[0];
    this.logger.debug(
      { topic: first.topic, partition: first.partition, firstOffset: first.offset, received: events.length, applied, durationMs: Math.round(performance.now() - started) },
      'payment batch applied',
    );
  }
}
