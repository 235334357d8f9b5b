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
  /** Commands from dialers and messaging platforms asking the interactions service to record an interaction. */
  interactionSubmissions: 'collections.interaction-submissions.v1',
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

/**
 * Returns the platform topic whose contract applies to `topic`: the topic itself, or the platform
 * topic it extends with a dot-separated suffix. Tests and blue/green deployments use such derived
 * names (`core.payments.v1.test-3f9a`) and keep the contract of the topic they derive from.
 */
export function contractTopicOf(topic: string): TopicName | undefined {
  let match: TopicName | undefined;
  for (const known of ALL_TOPICS) {
    if ((topic === known || topic.startsWith(`${known}.`)) && (!match || known.length > match.length)) {
      match = known;
    }
  }
  return match;
}
