// Produces a backlog of core.payments.v1 events, as a bank's core system would publish them.
import type { Kafka } from 'kafkajs';
import { createEvent, PaymentEventTypes } from '@bitacora/contracts';
import { headersFor } from '@bitacora/messaging';
import { round } from './kit';

const ACCOUNTS = 50_000;

/** Creates `topic` with `partitions` and sends `count` payment-received events to it; returns events per second. */
export async function produceBacklog(kafka: Kafka, topic: string, count: number, partitions: number): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: partitions, replicationFactor: 1 }], waitForLeaders: true });
  await admin.disconnect();
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  const startedAt = performance.now();
  const batchSize = 2_000;
  for (let first = 0; first < count; first += batchSize) {
    const messages = [];
    for (let index = first; index < Math.min(count, first + batchSize); index++) {
      const accountId = `CRED-bench-${index % ACCOUNTS}`;
      const event = createEvent({
        source: 'urn:bench:core-banking',
        type: PaymentEventTypes.received,
        accountId,
        debtorId: `CC-bench-${index % ACCOUNTS}`,
        data: { paymentId: `PAY-bench-${index}`, accountId, debtorId: `CC-bench-${index % ACCOUNTS}`, amount: '150000.00', currency: 'COP', paidAt: '2026-03-10T15:42:10Z', valueDate: '2026-03-10', channel: 'pse' },
      });
      messages.push({ key: accountId, value: JSON.stringify(event), headers: headersFor(event) });
    }
    await producer.send({ topic, messages, acks: 1 });
  }
  await producer.disconnect();
  return round(count / ((performance.now() - startedAt) / 1000));
}

