import type { Admin, ITopicConfig, Kafka } from 'kafkajs';
import { deadLetterTopicOf } from '@bitacora/contracts';

export interface TopicSpec {
  topic: string;
  numPartitions: number;
  replicationFactor?: number;
  /** Topic settings such as `retention.ms`, for the topic only (not its dead-letter topic). */
  configEntries?: { name: string; value: string }[];
  /** Also create `<topic>.dlq` with the same partition count. */
  withDeadLetter?: boolean;
}

/**
 * Creates the topics a service produces to or consumes from, with explicit partition counts,
 * and their dead-letter topics. The platform never relies on broker auto-creation. Existing
 * topics are left unchanged.
 */
export async function ensureTopics(kafka: Kafka, specs: TopicSpec[]): Promise<void> {
  const requested = specs.flatMap((spec) => {
    const base = { numPartitions: spec.numPartitions, replicationFactor: spec.replicationFactor ?? 1 };
    const topics: ITopicConfig[] = [{ topic: spec.topic, ...base, configEntries: spec.configEntries }];
    if (spec.withDeadLetter ?? true) {
      topics.push({ topic: deadLetterTopicOf(spec.topic), ...base });
    }
    return topics;
  });

  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = requested.filter((spec, index) => !existing.has(spec.topic) && requested.findIndex((other) => other.topic === spec.topic) === index);
    if (missing.length > 0) {
      await createTolerantly(admin, missing);
    }
    // Another service may have created a topic a moment ago, before its partitions had leaders.
    await waitForTopicLeaders(admin, [...new Set(requested.map((spec) => spec.topic))]);
  } finally {
    await admin.disconnect();
  }
}

async function createTolerantly(admin: Admin, topics: ITopicConfig[]): Promise<void> {
  try {
    // kafkajs stops waiting when the broker returns UNKNOWN_TOPIC_OR_PARTITION for a topic created a
    // moment ago, before KRaft metadata reached it. waitForTopicLeaders retries that error.
    await admin.createTopics({ topics, waitForLeaders: false });
  } catch (error) {
    // Two services starting together may both try to create the same topic.
    if (!(error instanceof Error) || !/already exists/i.test(error.message)) {
      throw error;
    }
  }
}

/**
 * Waits until every partition of `topics` has a leader. Errors such as UNKNOWN_TOPIC_OR_PARTITION,
 * which a broker returns for a topic created a moment ago, are retried until `timeoutMs`.
 */
async function waitForTopicLeaders(admin: Admin, topics: string[], timeoutMs = 30000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const metadata = await admin.fetchTopicMetadata({ topics });
      const ready = metadata.topics.every((topic) => topic.partitions.length > 0 && topic.partitions.every((partition) => partition.leader >= 0));
      if (ready) return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) {
      throw new Error(`topics ${topics.join(', ')} have no partition leaders after ${timeoutMs} ms; check the broker`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
