import { Kafka, Partitioners, Producer } from 'kafkajs';

/**
 * Creates the platform's producer: idempotent, `acks=all`, one request in flight so retries
 * cannot reorder messages, and the Java-compatible murmur2 partitioner so that a key lands on the
 * same partition whichever client wrote it.
 */
export function createProducer(kafka: Kafka): Producer {
  return kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
    // The idempotent producer keeps its sequence numbers only while it retries the same batch.
    retry: { retries: Number.MAX_SAFE_INTEGER, initialRetryTime: 300, maxRetryTime: 10000 },
  });
}
