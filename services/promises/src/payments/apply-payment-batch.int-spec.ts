import { PromiseEventTypes, type CloudEvent } from '@bitacora/contracts';
import type { ConsumedEvent } from '@bitacora/messaging';
import { DATA_SOURCE } from '@bitacora/runtime';
import { waitFor } from '@bitacora/testing';
import type { DataSource } from 'typeorm';
import type { PromisesSettings } from '../domain';
import { PROMISES_SETTINGS } from '../module-options';
import { interactionWithPromise, newAccountId, outboxEventsOf, paymentReceived, paymentReversed, promiseStatus } from '../test/promises-fixtures';
import { startPromisesHarness, type PromisesHarness } from '../test/promises-harness';
import { applyPaymentBatch, type PaymentBatchDependencies } from './apply-payment-batch';

/**
 * Calls the batch handler directly on the service's real schema, so that each case chooses which
 * events share one transaction.
 */
describe('applying a batch of payment events', () => {
  let harness: PromisesHarness;
  let dependencies: PaymentBatchDependencies;
  let nextOffset = 0;

  beforeAll(async () => {
    harness = await startPromisesHarness();
    dependencies = {
      dataSource: harness.app.get<DataSource>(DATA_SOURCE, { strict: false }),
      schema: harness.db.schema,
      eventsTopic: harness.topics.promises,
      settings: harness.app.get<PromisesSettings>(PROMISES_SETTINGS, { strict: false }),
      clock: () => new Date(),
    };
  });

  afterAll(async () => {
    await harness.close();
  });

  function delivered(events: CloudEvent[]): ConsumedEvent[] {
    return events.map((event) => ({ event, topic: harness.topics.payments, partition: 0, offset: String(nextOffset++), key: event.accountid ?? null, headers: {} }));
  }

  async function promiseFor(accountId: string): Promise<string> {
    const interaction = interactionWithPromise(accountId, { amount: '150000.00' });
    const promiseId = interaction.data.promises[0].promiseId;
    await harness.publish(harness.topics.interactions, [{ event: interaction }]);
    await waitFor(`promise ${promiseId}`, async () => (await promiseStatus(harness, promiseId)) === 'PENDING');
    return promiseId;
  }

  async function paymentRows(accountId: string) {
    return harness.rows<{ payment_id: string; status: string; amount: string; unallocated_amount: string; allocated: string }>(
      `SELECT payment.payment_id, payment.status, payment.amount, payment.unallocated_amount,
              coalesce((SELECT sum(amount) FROM $schema.allocations WHERE payment_id = payment.payment_id AND reversed_at IS NULL), 0)::text AS allocated
       FROM $schema.payments AS payment WHERE account_id = $1 ORDER BY paid_at, payment_id`,
      [accountId],
    );
  }

  async function promiseRow(promiseId: string) {
    const [row] = await harness.rows<{ status: string; paid_amount: string }>('SELECT status, paid_amount FROM $schema.promises WHERE id = $1', [promiseId]);
    return row;
  }

  it('applies several payments of one account in batch order', async () => {
    const accountId = newAccountId();
    const promiseId = await promiseFor(accountId);
    const paidAt = Date.now();
    const payments = [0, 1, 2].map((index) => paymentReceived({ accountId, amount: '60000.00', paidAt: new Date(paidAt + index).toISOString() }));

    expect(await applyPaymentBatch(dependencies, delivered(payments))).toBe(3);

    const rows = await paymentRows(accountId);
    expect(rows.map((row) => [row.payment_id, row.allocated, row.unallocated_amount])).toEqual([
      [payments[0].data.paymentId, '6000000', '0'],
      [payments[1].data.paymentId, '6000000', '0'],
      [payments[2].data.paymentId, '3000000', '3000000'],
    ]);
    expect(await promiseRow(promiseId)).toEqual({ status: 'KEPT', paid_amount: '15000000' });
    expect(await harness.rows('SELECT next_deadline_date FROM $schema.accounts WHERE account_id = $1', [accountId])).toEqual([{ next_deadline_date: null }]);
    const types = (await outboxEventsOf(harness, accountId)).map((event) => event.type);
    expect(types).toEqual([
      PromiseEventTypes.promiseCreated,
      PromiseEventTypes.paymentApplied,
      PromiseEventTypes.paymentApplied,
      PromiseEventTypes.paymentApplied,
      PromiseEventTypes.promiseKept,
    ]);
  });

  // The same event twice, and the same payment under a new event id.
  it('applies a duplicate within a batch once', async () => {
    const accountId = newAccountId();
    const promiseId = await promiseFor(accountId);
    const payment = paymentReceived({ accountId, amount: '50000.00' });
    const resent = { ...payment, id: `${payment.id}-resent` };

    expect(await applyPaymentBatch(dependencies, delivered([payment, payment, resent]))).toBe(2);

    const rows = await paymentRows(accountId);
    expect(rows.map((row) => [row.payment_id, row.allocated])).toEqual([[payment.data.paymentId, '5000000']]);
    expect(await promiseRow(promiseId)).toEqual({ status: 'PENDING', paid_amount: '5000000' });
    const applied = (await outboxEventsOf(harness, accountId)).filter((event) => event.type === PromiseEventTypes.paymentApplied);
    expect(applied).toHaveLength(1);
  });

  // A batch delivered again, and a later batch that repeats a payment.
  it('ignores duplicates from earlier batches', async () => {
    const accountId = newAccountId();
    const promiseId = await promiseFor(accountId);
    const first = paymentReceived({ accountId, amount: '40000.00' });
    const second = paymentReceived({ accountId, amount: '30000.00', paidAt: new Date(Date.now() + 1).toISOString() });
    const batch = delivered([first, second]);
    expect(await applyPaymentBatch(dependencies, batch)).toBe(2);
    const eventsAfterFirst = await outboxEventsOf(harness, accountId);

    expect(await applyPaymentBatch(dependencies, batch)).toBe(0);
    const third = paymentReceived({ accountId, amount: '20000.00', paidAt: new Date(Date.now() + 2).toISOString() });
    expect(await applyPaymentBatch(dependencies, delivered([{ ...first, id: `${first.id}-resent` }, second, third]))).toBe(2);

    const rows = await paymentRows(accountId);
    expect(rows.map((row) => [row.payment_id, row.allocated])).toEqual([
      [first.data.paymentId, '4000000'],
      [second.data.paymentId, '3000000'],
      [third.data.paymentId, '2000000'],
    ]);
    expect(await promiseRow(promiseId)).toEqual({ status: 'PENDING', paid_amount: '9000000' });
    const newEvents = (await outboxEventsOf(harness, accountId)).slice(eventsAfterFirst.length);
    expect(newEvents.map((event) => [event.type, event.data.paymentId])).toEqual([[PromiseEventTypes.paymentApplied, third.data.paymentId]]);
  });

  // One reversal follows its payment in the batch, the other comes first.
  it('applies a payment and its reversal together', async () => {
    const accountId = newAccountId();
    const promiseId = await promiseFor(accountId);
    const reversedAfter = paymentReceived({ accountId });
    const reversedBefore = paymentReceived({ accountId, paidAt: new Date(Date.now() + 1).toISOString() });

    const batch = [reversedAfter, paymentReversed(accountId, reversedAfter.data.paymentId), paymentReversed(accountId, reversedBefore.data.paymentId), reversedBefore];
    expect(await applyPaymentBatch(dependencies, delivered(batch))).toBe(4);

    const rows = await paymentRows(accountId);
    expect(rows.map((row) => [row.payment_id, row.status, row.allocated])).toEqual([
      [reversedAfter.data.paymentId, 'REVERSED', '0'],
      [reversedBefore.data.paymentId, 'REVERSED', '0'],
    ]);
    expect(await harness.rows('SELECT 1 FROM $schema.pending_reversals WHERE account_id = $1', [accountId])).toEqual([]);
    expect(await promiseRow(promiseId)).toEqual({ status: 'PENDING', paid_amount: '0' });
    const types = (await outboxEventsOf(harness, accountId)).map((event) => event.type);
    expect(types).toEqual([
      PromiseEventTypes.promiseCreated,
      PromiseEventTypes.paymentApplied,
      PromiseEventTypes.promiseKept,
      PromiseEventTypes.paymentReversed,
      PromiseEventTypes.promiseReopened,
      PromiseEventTypes.paymentReversalHeld,
      PromiseEventTypes.paymentReversed,
    ]);
  });
});
