import { testKafka, uniqueSuffix } from '@bitacora/testing';
import { ensureTopics } from './topics-admin';

describe('ensureTopics on a real broker', () => {
  it('creates shared topics concurrently', async () => {
    // Four services starting together each create the shared topics. Under KRaft, a metadata
    // request for a topic created a moment ago can fail with UNKNOWN_TOPIC_OR_PARTITION.
    for (let round = 0; round < 5; round += 1) {
      const suffix = uniqueSuffix();
      const specs = ['a', 'b', 'c'].map((name) => ({ topic: `test.topics-admin.${name}.${suffix}`, numPartitions: 6 }));
      const clients = [0, 1, 2, 3].map((index) => testKafka(`topics-admin-${index}-${suffix}`));
      await Promise.all(clients.map((kafka) => ensureTopics(kafka, specs)));

      const admin = clients[0].admin();
      await admin.connect();
      try {
        const topics = [...specs.map((spec) => spec.topic), ...specs.map((spec) => `${spec.topic}.dlq`)];
        const metadata = await admin.fetchTopicMetadata({ topics });
        expect(metadata.topics).toHaveLength(6);
        for (const topic of metadata.topics) {
          expect(topic.partitions).toHaveLength(6);
          expect(topic.partitions.every((partition) => partition.leader >= 0)).toBe(true);
        }
        await admin.deleteTopics({ topics });
      } finally {
        await admin.disconnect();
      }
    }
  });
});
