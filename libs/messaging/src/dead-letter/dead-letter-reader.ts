import { randomBytes } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import { DeadLetterHeaders } from '@bitacora/contracts';
import { headerText } from '../headers';

/** One message of a dead-letter topic with the reason it was set aside. */
export interface DeadLetter {
  partition: number;
  offset: string;
  key: string | null;
  value: Buffer | null;
  headers: Record<string, string>;
  reason: string;
  detail: string;
  originalTopic: string;
  originalPartition: string;
  originalOffset: string;
  failedAt: string;
}

/**
 * Reads a dead-letter topic from its first offset up to the high watermark seen at the start,
 * without committing offsets in a consumer group, so an inspection never changes what the next
 * inspection reads.
 */
export async function readDeadLetters(kafka: Kafka, dlqTopic: string): Promise<DeadLetter[]> {
  const admin = kafka.admin();
  await admin.connect();
  const watermarks = await admin.fetchTopicOffsets(dlqTopic).finally(() => admin.disconnect());
  const remaining = new Map(watermarks.filter((mark) => BigInt(mark.high) > BigInt(mark.low)).map((mark) => [mark.partition, BigInt(mark.high)]));
  if (remaining.size === 0) {
    return [];
  }

  const letters: DeadLetter[] = [];
  const consumer = kafka.consumer({ groupId: `dlq-inspector-${randomBytes(4).toString('hex')}` });
  await consumer.connect();
  await consumer.subscribe({ topic: dlqTopic, fromBeginning: true });
  await new Promise<void>((resolve, reject) => {
    consumer
      .run({
        autoCommit: false,
        eachMessage: async ({ partition, message }) => {
          const high = remaining.get(partition);
          if (high === undefined || BigInt(message.offset) >= high) return;
          const headers: Record<string, string> = {};
          for (const name of Object.keys(message.headers ?? {})) {
            const text = headerText(message.headers, name);
            if (text !== undefined) headers[name] = text;
          }
          letters.push({
            partition,
            offset: message.offset,
            key: message.key?.toString() ?? null,
            value: message.value,
            headers,
            reason: headers[DeadLetterHeaders.reason] ?? 'UNKNOWN',
            detail: headers[DeadLetterHeaders.detail] ?? '',
            originalTopic: headers[DeadLetterHeaders.originalTopic] ?? '',
            originalPartition: headers[DeadLetterHeaders.originalPartition] ?? '',
            originalOffset: headers[DeadLetterHeaders.originalOffset] ?? '',
            failedAt: headers[DeadLetterHeaders.failedAt] ?? '',
          });
          if (BigInt(message.offset) + 1n >= high) remaining.delete(partition);
          if (remaining.size === 0) resolve();
        },
      })
      .catch(reject);
  });
  await consumer.disconnect();
  return letters.sort((a, b) => a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset)));
}

/** Header that marks a replayed message with the dead-letter position it came from. */
export const REPLAYED_FROM_HEADER = 'dlq-replayed-from';

/**
 * Publishes dead letters back to their original topic, with the dead-letter headers removed and
 * their position recorded in `dlq-replayed-from`. Consumers are idempotent, so replaying a
 * letter that was already applied changes nothing. A letter that still fails returns to the
 * dead-letter topic with a fresh reason.
 */
export async function replayDeadLetters(kafka: Kafka, dlqTopic: string, letters: DeadLetter[]): Promise<number> {
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    const dlqHeaderNames = new Set<string>(Object.values(DeadLetterHeaders));
    for (const letter of letters) {
      if (!letter.originalTopic) {
        throw new Error(`dead letter ${dlqTopic}/${letter.partition}@${letter.offset} has no ${DeadLetterHeaders.originalTopic} header; replay it by hand`);
      }
      const headers = Object.fromEntries(Object.entries(letter.headers).filter(([name]) => !dlqHeaderNames.has(name)));
      headers[REPLAYED_FROM_HEADER] = `${dlqTopic}/${letter.partition}@${letter.offset}`;
      await producer.send({ topic: letter.originalTopic, acks: -1, messages: [{ key: letter.key, value: letter.value, headers }] });
    }
    return letters.length;
  } finally {
    await producer.disconnect();
  }
}
