/**
 * Kafka topics of the platform. A breaking change to a topic's events gets a new topic with the
 * next version suffix, so consumers of the old one keep working while they migrate.
 */
export const Topics = {
  interactions: 'collections.interactions.v1',
  promises: 'collections.promises.v1',
  audit: 'collections.audit.v1',
  access: 'collections.access.v1',
  payments: 'core.payments.v1',
} as const;

export type TopicName = (typeof Topics)[keyof typeof Topics];

export const ALL_TOPICS: readonly TopicName[] = Object.values(Topics);

/** Dead-letter topic of `topic`: messages that can never be processed, with the reason in headers. */
export function deadLetterTopicOf(topic: string): string {
  return `${topic}.dlq`;
}

/** Header names used on dead-letter messages. */
export const DeadLetterHeaders = {
  reason: 'dlq-reason',
  detail: 'dlq-detail',
  originalTopic: 'dlq-original-topic',
  originalPartition: 'dlq-original-partition',
  originalOffset: 'dlq-original-offset',
  consumerGroup: 'dlq-consumer-group',
  failedAt: 'dlq-failed-at',
} as const;
