import pino from 'pino';
import { DeadLetterHeaders, deadLetterTopicOf, Topics } from '@bitacora/contracts';
import { readTopic, testKafka, uniqueSuffix, waitFor } from '@bitacora/testing';
import { ConsumerRunner, createProducer, ensureTopics, readDeadLetters, REPLAYED_FROM_HEADER, replayDeadLetters } from '../index';
import { paymentEvent } from '../test/fixtures';

describe('dead-letter inspection and replay', () => {
  const kafka = testKafka();
  const producer = createProducer(kafka);
  const topic = `${Topics.payments}.test-${uniqueSuffix()}`;

  beforeAll(async () => {
    await producer.connect();
    await ensureTopics(kafka, [{ topic, numPartitions: 2 }]);
  });

  afterAll(async () => {
    await producer.disconnect();
  });

  it('lists dead letters with reasons and replays a fixed one', async () => {
    let bugFixed = false;
    const applied: string[] = [];
    const runner = new ConsumerRunner({
      kafka,
      groupId: `group-${uniqueSuffix()}`,
      topics: [topic],
      producer,
      logger: pino({ level: 'silent' }),
      sessionTimeoutMs: 10000,
      handler: async (events) => {
        if (!bugFixed) {
          throw new Error('simulated handler bug');
        }
        applied.push(...events.map((consumed) => consumed.event.id));
      },
    });
    const event = paymentEvent('ACC-DLQ', 1);
    await producer.send({ topic, messages: [{ key: 'ACC-DLQ', value: '{broken' }, { key: 'ACC-DLQ', value: JSON.stringify(event) }] });
    await runner.start();
    try {
      await readTopic(kafka, deadLetterTopicOf(topic), (received) => received.length >= 2);

      const letters = await readDeadLetters(kafka, deadLetterTopicOf(topic));
      expect(letters.map((letter) => letter.reason).sort()).toEqual(['HANDLER_FAILED', 'INVALID_JSON']);
      expect(letters.every((letter) => letter.originalTopic === topic)).toBe(true);

      bugFixed = true;
      const fixable = letters.filter((letter) => letter.reason === 'HANDLER_FAILED');
      await expect(replayDeadLetters(kafka, deadLetterTopicOf(topic), fixable)).resolves.toBe(1);

      await waitFor('the replayed event applied', () => applied.includes(event.id));
      const replayed = await readTopic(kafka, topic, (received) => received.some((message) => REPLAYED_FROM_HEADER in message.headers));
      const copy = replayed.find((message) => REPLAYED_FROM_HEADER in message.headers);
      expect(copy?.headers[DeadLetterHeaders.reason]).toBeUndefined();
    } finally {
      await runner.stop();
    }
  });
});
