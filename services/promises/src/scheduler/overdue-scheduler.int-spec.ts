import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { addDays, bogotaInstant } from '@bitacora/domain';
import { PromiseEventTypes } from '@bitacora/contracts';
import { bogotaDateIn, newAccountId } from '../test/promises-fixtures';
import { startPromisesHarness, type PromisesHarness } from '../test/promises-harness';
import { OverdueScheduler } from './overdue-scheduler';

const ACTOR = { 'x-actor': 'agent:ag-17' };
const PROMISE_COUNT = 40;

describe('overdue scheduler', () => {
  let harness: PromisesHarness;
  let second: NestFastifyApplication;

  beforeAll(async () => {
    harness = await startPromisesHarness({ env: { SCHEDULER_BATCH_SIZE: '3', DEFAULT_GRACE_DAYS: '0' } });
    second = await harness.boot();
  });

  afterAll(async () => {
    await second.close();
    await harness.close();
  });

  it('breaks each overdue promise once with two instances racing', async () => {
    const today = bogotaDateIn(0);
    const promiseIds: string[] = [];
    for (let index = 0; index < PROMISE_COUNT; index += 1) {
      const response = await harness.inject({
        method: 'POST',
        url: '/internal/v1/promises',
        headers: ACTOR,
        payload: { debtorId: 'CC-1', accountId: newAccountId(), agentId: 'ag-17', amount: '1000.00', dueDate: today },
      });
      expect(response.statusCode).toBe(201);
      promiseIds.push(response.json<{ promiseId: string }>().promiseId);
    }
    const planAccount = newAccountId();
    const plan = await harness.inject({
      method: 'POST',
      url: '/internal/v1/payment-plans',
      headers: ACTOR,
      payload: {
        debtorId: 'CC-1',
        accountId: planAccount,
        agentId: 'ag-17',
        totalAmount: '300.00',
        installments: [
          { dueDate: today, amount: '100.00' },
          { dueDate: addDays(today, 1), amount: '100.00' },
          { dueDate: addDays(today, 30), amount: '100.00' },
        ],
      },
    });
    expect(plan.statusCode).toBe(201);

    const asOf = bogotaInstant(addDays(today, 5), '12:00');
    const [first, other] = await Promise.all([harness.app.get(OverdueScheduler).runOnce(asOf), second.get(OverdueScheduler).runOnce(asOf)]);

    expect(first.accounts + other.accounts).toBe(PROMISE_COUNT + 1);
    const statuses = await harness.rows<{ status: string; count: number }>('SELECT status, count(*)::int AS count FROM $schema.promises WHERE id = ANY($1::uuid[]) GROUP BY status', [promiseIds]);
    expect(statuses).toEqual([{ status: 'BROKEN', count: PROMISE_COUNT }]);
    const broken = await harness.rows<{ subject: string; count: number }>(
      `SELECT value::jsonb->>'subject' AS subject, count(*)::int AS count FROM $schema.outbox WHERE value::jsonb->>'type' = $1 GROUP BY 1`,
      [PromiseEventTypes.promiseBroken],
    );
    expect(broken).toHaveLength(PROMISE_COUNT);
    expect(broken.every((row) => row.count === 1)).toBe(true);
  });

  it('misses installments and defaults the plan', async () => {
    const [plan] = await harness.rows<{ id: string; status: string }>(`SELECT id, status FROM $schema.payment_plans`);
    const installments = await harness.rows<{ number: number; status: string }>('SELECT number, status FROM $schema.installments WHERE plan_id = $1 ORDER BY number', [plan.id]);

    expect(plan.status).toBe('DEFAULTED');
    expect(installments).toEqual([
      { number: 1, status: 'MISSED' },
      { number: 2, status: 'MISSED' },
      { number: 3, status: 'PENDING' },
    ]);
    const types = await harness.rows<{ type: string }>(`SELECT value::jsonb->>'type' AS type FROM $schema.outbox WHERE value::jsonb->>'subject' = $1 ORDER BY id`, [plan.id]);
    expect(types.map((row) => row.type)).toEqual([
      PromiseEventTypes.planCreated,
      PromiseEventTypes.installmentMissed,
      PromiseEventTypes.installmentMissed,
      PromiseEventTypes.planDefaulted,
    ]);
  });

  it('finds nothing to do on a second run', async () => {
    const asOf = bogotaInstant(bogotaDateIn(5), '12:00');

    const result = await harness.app.get(OverdueScheduler).runOnce(asOf);

    expect(result).toEqual({ accounts: 0, events: 0 });
  });
});
