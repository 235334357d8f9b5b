import type { Kafka } from 'kafkajs';
import { deadLetterTopicOf } from '@bitacora/contracts';

export interface TopicSpec {
  topic: string;
  numPartitions: number;
  replicationFactor?: number;
  /** Also create `<topic>.dlq` with the same partition count. */
  withDeadLetter?: boolean;
}

/**
 * Creates the topics a service produces to or consumes from, with explicit partition counts,
 * and their dead-letter topics. The platform never relies on broker auto-creation. Existing
 * topics are left unchanged.
 */
export async function ensureTopics(kafka: Kafka, specs: TopicSpec[]): Promise<void> {
  const wanted = specs.flatMap((spec) => {
    const base = { numPartitions: spec.numPartitions, replicationFactor: spec.replicationFactor ?? 1 };
    const topics = [{ topic: spec.topic, ...base }];
    if (spec.withDeadLetter ?? true) {
      topics.push({ topic: deadLetterTopicOf(spec.topic), ...base });
    }
    return topics;
  });

  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = wanted.filter((spec, index) => !existing.has(spec.topic) && wanted.findIndex((other) => other.topic === spec.topic) === index);
    if (missing.length > 0) {
      await admin.createTopics({ topics: missing, waitForLeaders: true });
    }
  } catch (error) {
    // Two services starting together may both try to create the same topic.
    if (!(error instanceof Error) || !/already exists/i.test(error.message)) {
      throw error;
    }
  } finally {
    await admin.disconnect();
  }
}
