import type { Kafka, Producer } from 'kafkajs';
import type { Logger } from 'pino';
import { EventValidator, TopicName, ValidationOutcome } from '@bitacora/contracts';
import { BatchHandler, ConsumerRunner } from '@bitacora/messaging';
import { ServiceMetrics } from '@bitacora/observability';

/**
 * Validates messages read from `topic` against the contract of `contractTopic`, so a consumer
 * reading a differently named copy of a platform topic (an isolated test, a replay topic) keeps
 * the same contract.
 */
export class AliasedTopicValidator extends EventValidator {
  constructor(private readonly aliases: ReadonlyMap<string, TopicName>) {
    super();
  }

  override validate(topic: string, value: Buffer | string | null): ValidationOutcome {
    return super.validate(this.aliases.get(topic) ?? topic, value);
  }
}

export interface ManagedConsumerOptions {
  kafka: Kafka;
  producer: Producer;
  logger: Logger;
  metrics: ServiceMetrics;
  groupId: string;
  topic: string;
  contractTopic: TopicName;
  handler: BatchHandler;
  /** Whether a consumer crash that kafkajs will not restart stops the process. */
  exitOnFatal: boolean;
}

/** Builds a ConsumerRunner with the service's metrics, dead-letter counting and fatal-crash handling. */
export function createManagedConsumer(options: ManagedConsumerOptions): ConsumerRunner {
  const { logger, metrics, topic } = options;

  return new ConsumerRunner({
    kafka: options.kafka,
    groupId: options.groupId,
    topics: [topic],
    producer: options.producer,
    logger,
    validator: new AliasedTopicValidator(new Map([[topic, options.contractTopic]])),
    handler: async (events) => {
      await options.handler(events);
      metrics.eventsConsumed.inc({ topic }, events.length);
    },
    onDeadLetter: (deadTopic, reason) => metrics.deadLettered.inc({ topic: deadTopic, reason }),
    onFatal: (error) => {
      logger.fatal({ err: error, groupId: options.groupId, topic }, 'consumer stopped for good; shutting the service down');
      if (options.exitOnFatal) {
        process.exitCode = 1;
        process.kill(process.pid, 'SIGTERM');
      }
    },
  });
}
