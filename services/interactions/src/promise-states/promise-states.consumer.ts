import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Kafka, Producer } from 'kafkajs';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { PromiseEventTypes, PromiseStateData, Topics } from '@bitacora/contracts';
import { ConsumedEvent, ConsumerRunner, claimInboxEntries } from '@bitacora/messaging';
import { ServiceMetrics } from '@bitacora/observability';
import { CONFIG, DATA_SOURCE, KAFKA, METRICS, PRODUCER, ROOT_LOGGER } from '@bitacora/runtime';
import type { InteractionsConfig } from '../config';
import { INTERACTIONS_OPTIONS, InteractionsOptions } from '../shared/interactions-options';
import { createManagedConsumer } from '../shared/managed-consumer';
import { PromiseStatesRepository } from './promise-states.repository';

const INBOX_CONSUMER = 'promise-states';

/** Promise lifecycle events carry the promise's whole state; the other events of the topic (payments, plans) are not needed here. */
const PROMISE_STATE_TYPES = new Set<string>([
  PromiseEventTypes.promiseCreated,
  PromiseEventTypes.promiseKept,
  PromiseEventTypes.promiseBroken,
  PromiseEventTypes.promiseCancelled,
  PromiseEventTypes.promiseSuperseded,
]);

/**
 * Keeps the per-account projection of promise states that the optional pending-promise rule
 * reads. Each batch is applied with its inbox entries in one transaction, so a redelivered event
 * changes nothing.
 */
@Injectable()
export class PromiseStatesConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly runner: ConsumerRunner;
  private readonly logger: Logger;

  constructor(
    @Inject(INTERACTIONS_OPTIONS) private readonly options: InteractionsOptions,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(KAFKA) kafka: Kafka,
    @Inject(PRODUCER) producer: Producer,
    @Inject(ROOT_LOGGER) rootLogger: Logger,
    @Inject(METRICS) metrics: ServiceMetrics,
    @Inject(CONFIG) config: InteractionsConfig,
    private readonly states: PromiseStatesRepository,
  ) {
    this.logger = rootLogger.child({ component: PromiseStatesConsumer.name });
    this.runner = createManagedConsumer({
      kafka,
      producer,
      logger: this.logger,
      metrics,
      groupId: options.consumerGroups.promises,
      topic: options.topics.promises,
      contractTopic: Topics.promises,
      handler: (events) => this.apply(events),
      exitOnFatal: config.NODE_ENV !== 'test',
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.runner.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.runner.stop();
  }

  private async apply(events: ConsumedEvent[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const entries = events.map(({ event, topic, partition, offset }) => ({ eventId: event.id, topic, partition, offset }));
      const fresh = await claimInboxEntries(manager, this.options.schema, INBOX_CONSUMER, entries);
      for (const { event } of events) {
        if (!fresh.has(event.id) || !PROMISE_STATE_TYPES.has(event.type)) {
          continue;
        }
        await this.states.apply(manager, event.id, event.data as PromiseStateData);
        this.logger.debug({ eventId: event.id, type: event.type, accountId: event.accountid }, 'promise state applied');
      }
    });
  }
}
