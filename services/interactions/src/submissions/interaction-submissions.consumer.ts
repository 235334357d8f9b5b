import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Kafka, Producer } from 'kafkajs';
import type { Logger } from 'pino';
import { Topics } from '@bitacora/contracts';
import { DomainError } from '@bitacora/http';
import { claimInboxEntries, ConsumedEvent, ConsumerRunner, PermanentMessageError } from '@bitacora/messaging';
import { ServiceMetrics } from '@bitacora/observability';
import { CONFIG, KAFKA, METRICS, PRODUCER, ROOT_LOGGER } from '@bitacora/runtime';
import type { InteractionsConfig } from '../config';
import { RecordInteractionService } from '../recording/record-interaction.service';
import { INTERACTIONS_OPTIONS, InteractionsOptions } from '../shared/interactions-options';
import { createManagedConsumer } from '../shared/managed-consumer';
import { submissionToRequest } from './submission-to-request';

const INBOX_CONSUMER = 'interaction-submissions';

/**
 * Records the interactions that automated channels submit on collections.interaction-submissions.v1
 * exactly as POST /v1/interactions does. Each command is recorded in its own transaction together
 * with its inbox entry. A resubmitted (sourceSystem, sourceReference) records nothing new.
 */
@Injectable()
export class InteractionSubmissionsConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly runner: ConsumerRunner;
  private readonly logger: Logger;

  constructor(
    @Inject(INTERACTIONS_OPTIONS) private readonly options: InteractionsOptions,
    @Inject(KAFKA) kafka: Kafka,
    @Inject(PRODUCER) producer: Producer,
    @Inject(ROOT_LOGGER) rootLogger: Logger,
    @Inject(METRICS) metrics: ServiceMetrics,
    @Inject(CONFIG) config: InteractionsConfig,
    private readonly recorder: RecordInteractionService,
  ) {
    this.logger = rootLogger.child({ component: InteractionSubmissionsConsumer.name });
    this.runner = createManagedConsumer({
      kafka,
      producer,
      logger: this.logger,
      metrics,
      groupId: options.consumerGroups.submissions,
      topic: options.topics.submissions,
      contractTopic: Topics.interactionSubmissions,
      handler: (events) => this.recordAll(events),
      exitOnFatal: config.NODE_ENV !== 'test',
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.runner.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.runner.stop();
  }

  private async recordAll(events: ConsumedEvent[]): Promise<void> {
    for (const consumed of events) {
      await this.recordOne(consumed);
    }
  }

  private async recordOne(consumed: ConsumedEvent): Promise<void> {
    const { event, topic, partition, offset } = consumed;
    const { input, meta } = await submissionToRequest(event);
    const claimInbox = async (manager: Parameters<typeof claimInboxEntries>[0]) =>
      (await claimInboxEntries(manager, this.options.schema, INBOX_CONSUMER, [{ eventId: event.id, topic, partition, offset }])).size > 0;

    try {
      const result = await this.recorder.record(input, meta, { claimInbox });
      this.logger.info(
        { eventId: event.id, interactionId: result.interaction.interactionId, replayed: result.replayed, debtorId: input.debtorId, sourceSystem: input.sourceSystem },
        result.replayed ? 'submission already recorded' : 'submission recorded',
      );
    } catch (error) {
      if (error instanceof DomainError) {
        throw new PermanentMessageError(error.code, JSON.stringify(error.fields.length > 0 ? error.fields : error.params));
      }
      throw error;
    }
  }
}
