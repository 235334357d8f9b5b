import { randomBytes } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import { BoundedQueue } from './bounded-queue';

export interface TopicMessage {
  partition: number;
  offset: string;
  value: string;
}

const QUEUE_CAPACITY = 2000;

/**
 * Reads every message of `topic` from the beginning up to the end it had when the read began,
 * with a plain kafkajs consumer in a fresh group that is deleted afterwards. Messages written
 * after the start are left out, so the read always ends. Within a partition, messages come in
 * offset order; partitions interleave.
 */
export async function* readTopicToEnd(kafka: Kafka, topic: string, onWarning: (message: string) => void = () => undefined): AsyncGenerator<TopicMessage> {
  const admin = kafka.admin();
  await admin.connect();
  const groupId = `audit-verifier-${randomBytes(6).toString('hex')}`;
  const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false });
  const queue = new BoundedQueue<TopicMessage>(QUEUE_CAPACITY);

  try {
    const ends = new Map<number, bigint>();
    for (const partition of await admin.fetchTopicOffsets(topic)) {
      if (BigInt(partition.high) > BigInt(partition.low)) {
        ends.set(partition.partition, BigInt(partition.high));
      }
    }
    if (ends.size === 0) {
      return;
    }

    consumer.on(consumer.events.CRASH, (event) => queue.end(event.payload.error));
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ partition, message }) => {
        const end = ends.get(partition);
        if (end === undefined || BigInt(message.offset) >= end) {
          return;
        }
        await queue.push({ partition, offset: message.offset, value: message.value?.toString('utf8') ?? '' });
        if (BigInt(message.offset) + 1n >= end) {
          ends.delete(partition);
          if (ends.size === 0) {
            queue.end();
          }
        }
      },
    });

    for (;;) {
      const next = await queue.next();
      if (next.done === true) {
        return;
      }
      yield next.value;
    }
  } finally {
    queue.end();
    await consumer.disconnect();
    // The group never commits offsets, so a failed deletion leaves only an empty group behind.
    await admin.deleteGroups([groupId]).catch((error: unknown) => onWarning(`consumer group ${groupId} was not deleted: ${error instanceof Error ? error.message : String(error)}`));
    await admin.disconnect();
  }
}
