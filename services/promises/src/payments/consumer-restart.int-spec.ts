import { PromiseEventTypes } from '@bitacora/contracts';
import { RetriableError, type BatchHandler } from '@bitacora/messaging';
import { waitFor } from '@bitacora/testing';
import { interactionWithPromise, newAccountId, outboxEventsOf, paymentReceived, promiseStatus } from '../test/promises-fixtures';
import { startPromisesHarness, type PromisesHarness } from '../test/promises-harness';
import { PaymentsConsumer } from './payments-consumer';

const PAYMENTS = 5;

describe('payments consumer restart', () => {
  let harness: PromisesHarness;

  beforeAll(async () => {
    harness = await startPromisesHarness();
  });

  afterAll(async () => {
    await harness.close();
  });

  async function committedAndEndOffsets(): Promise<{ committed: number; end: number }> {
    const admin = harness.kafka.admin();
    await admin.connect();
    try {
      const [group] = await admin.fetchOffsets({ groupId: harness.groups.payments, topics: [harness.topics.payments] });
      const ends = await admin.fetchTopicOffsets(harness.topics.payments);
      const committed = group.partitions.reduce((sum, partition) => sum + Math.max(0, Number(partition.offset)), 0);
      const end = ends.reduce((sum, partition) => sum + Number(partition.high), 0);
      return { committed, end };
    } finally {
      await admin.disconnect();
    }
  }

  it('applies each payment once across a restart', async () => {
    const accountId = newAccountId();
    const interaction = interactionWithPromise(accountId, { amount: '500000.00' });
    const promiseId = interaction.data.promises[0].promiseId;
    await harness.publish(harness.topics.interactions, [{ event: interaction }]);
    await waitFor('promise created', async () => (await promiseStatus(harness, promiseId)) === 'PENDING');

    let closing: Promise<void> | undefined;
    const stopAfterCommit = (handler: BatchHandler): BatchHandler => async (events) => {
      await handler(events);
      const ours = events.some((consumed) => consumed.key === accountId);
      if (closing !== undefined || !ours) {
        return;
      }
      const app = harness.app;
      closing = app.close();
      await waitFor('consumer stopping', () => app.get(PaymentsConsumer).isStopping);
      throw new RetriableError('simulated crash after the transaction committed');
    };
    await harness.restart({ wrapPaymentsHandler: stopAfterCommit });

    const payments = Array.from({ length: PAYMENTS }, () => paymentReceived({ accountId, amount: '100000.00' }));
    await harness.publish(harness.topics.payments, payments.map((event) => ({ event })));
    await waitFor('instance stopping after its commit', () => closing !== undefined);
    await closing;

    const applied = await harness.rows<{ count: number }>('SELECT count(*)::int AS count FROM $schema.payments WHERE account_id = $1', [accountId]);
    expect(applied[0].count).toBeGreaterThan(0);
    const beforeRestart = await committedAndEndOffsets();
    expect(beforeRestart.committed).toBeLessThan(beforeRestart.end);

    harness.app = await harness.boot();
    await waitFor('offsets committed after the restart', async () => {
      const offsets = await committedAndEndOffsets();
      return offsets.committed === offsets.end;
    });

    const allocations = await harness.rows<{ payment_id: string; count: number }>(
      'SELECT payment_id, count(*)::int AS count FROM $schema.allocations WHERE target_id = $1 GROUP BY payment_id',
      [promiseId],
    );
    expect(allocations).toHaveLength(PAYMENTS);
    expect(allocations.every((row) => row.count === 1)).toBe(true);
    const [promise] = await harness.rows<{ paid_amount: string; status: string }>('SELECT paid_amount, status FROM $schema.promises WHERE id = $1', [promiseId]);
    expect(promise).toEqual({ paid_amount: '50000000', status: 'KEPT' });
    const types = (await outboxEventsOf(harness, accountId)).map((event) => event.type);
    expect(types.filter((type) => type === PromiseEventTypes.paymentApplied)).toHaveLength(PAYMENTS);
    expect(types.filter((type) => type === PromiseEventTypes.promiseKept)).toHaveLength(1);
  });
});
