import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { Kafka, Producer } from 'kafkajs';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { ConsumedEvent } from '@bitacora/messaging';
import { ServiceMetrics } from '@bitacora/observability';
import { DATA_SOURCE, KAFKA, METRICS, PRODUCER, ROOT_LOGGER } from '@bitacora/runtime';
import { ManagedConsumer } from '../consumer-lifecycle';
import type { BusinessCalendar, PromisesSettings } from '../domain';
import { BUSINESS_CALENDAR, PROMISES_OPTIONS, PROMISES_SETTINGS, type ResolvedPromisesOptions } from '../module-options';
import { recordInteractionTerms, type InteractionBatchDependencies } from './record-interaction-terms';

/** Consumes collections.interactions.v1 and creates the promises and plans that interactions agreed. */
@Injectable()
export class InteractionsConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger: Logger;
  private readonly consumer: ManagedConsumer;
  private readonly dependencies: InteractionBatchDependencies;

  constructor(
    @Inject(DATA_SOURCE) dataSource: DataSource,
    @Inject(KAFKA) kafka: Kafka,
    @Inject(PRODUCER) producer: Producer,
    @Inject(METRICS) private readonly metrics: ServiceMetrics,
    @Inject(ROOT_LOGGER) rootLogger: Logger,
    @Inject(PROMISES_OPTIONS) private readonly options: ResolvedPromisesOptions,
    @Inject(PROMISES_SETTINGS) settings: PromisesSettings,
    @Inject(BUSINESS_CALENDAR) calendar: BusinessCalendar,
  ) {
    this.logger = rootLogger.child({ component: 'InteractionsConsumer' });
    this.dependencies = { dataSource, schema: options.schema, eventsTopic: options.topics.promises, settings, calendar, clock: options.clock };
    this.consumer = new ManagedConsumer({
      kafka,
      producer,
      metrics,
      logger: this.logger,
      groupId: options.consumerGroups.interactions,
      topic: options.topics.interactions,
      handler: (events) => this.apply(events),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.consumer.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer.stop();
  }

  private async apply(events: ConsumedEvent[]): Promise<void> {
    const applied = await recordInteractionTerms(this.dependencies, events);
    this.metrics.eventsConsumed.inc({ topic: this.options.topics.interactions }, events.length);
    if (applied > 0) {
      const first = events[0];
      this.logger.info({ topic: first.topic, partition: first.partition, firstOffset: first.offset, interactions: applied }, 'promises and plans recorded from interactions');
    }
  }
}
