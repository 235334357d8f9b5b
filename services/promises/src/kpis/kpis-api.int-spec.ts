import { addDays, bogotaInstant } from '@bitacora/domain';
import { waitFor } from '@bitacora/testing';
import { OverdueScheduler } from '../scheduler/overdue-scheduler';
import { bogotaDateIn, newAccountId, paymentReceived, promiseStatus } from '../test/promises-fixtures';
import { startPromisesHarness, type PromisesHarness } from '../test/promises-harness';

const ACTOR = { 'x-actor': 'agent:ag-17' };

describe('promise KPIs API', () => {
  let harness: PromisesHarness;
  const today = bogotaDateIn(0);

  beforeAll(async () => {
    harness = await startPromisesHarness({ env: { DEFAULT_GRACE_DAYS: '0', ALLOCATE_LATE_PAYMENTS: 'true' } });
    const create = async (agentId: string, portfolioId?: string) => {
      const accountId = newAccountId();
      const response = await harness.inject({
        method: 'POST',
        url: '/internal/v1/promises',
        headers: ACTOR,
        payload: { debtorId: 'CC-1', accountId, agentId, amount: '1000.00', dueDate: today, ...(portfolioId ? { portfolioId } : {}) },
      });
      return { accountId, promiseId: response.json<{ promiseId: string }>().promiseId };
    };
    const kept = await create('ag-1', 'consumo');
    const paidLate = await create('ag-1', 'consumo');
    await create('ag-2');

    await harness.publish(harness.topics.payments, [{ event: paymentReceived({ accountId: kept.accountId, amount: '1000.00' }) }]);
    await waitFor('promise kept', async () => (await promiseStatus(harness, kept.promiseId)) === 'KEPT');
    const asOf = bogotaInstant(addDays(today, 2), '09:00');
    await harness.app.get(OverdueScheduler).runOnce(asOf);
    await harness.publish(harness.topics.payments, [{ event: paymentReceived({ accountId: paidLate.accountId, amount: '400.00', paidAt: asOf.toISOString(), valueDate: addDays(today, 2) }) }]);
    await waitFor('late payment recorded', async () => (await harness.rows('SELECT 1 FROM $schema.payments WHERE account_id = $1', [paidLate.accountId])).length === 1);
  });

  afterAll(async () => {
    await harness.close();
  });

  it('reports kept, broken and paid-late rates over the period', async () => {
    const response = await harness.inject({ method: 'GET', url: `/internal/v1/kpis/promises?from=${today}&to=${today}` });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      from: today,
      to: today,
      groups: [],
      overall: {
        promiseCount: 3,
        countsByStatus: { KEPT: 1, BROKEN: 2, PENDING: 0 },
        keptRateByCount: { numerator: '1', denominator: '3', percent: '33.33' },
        brokenRateByCount: { percent: '66.67' },
        paidLateShareByCount: { numerator: '1', denominator: '2', percent: '50.00' },
        amountsByCurrency: [
          {
            currency: 'COP',
            promisedAmount: '3000.00',
            keptPromisedAmount: '1000.00',
            keptRateByAmount: { percent: '33.33' },
            collectedAmount: '1400.00',
            collectedOnTimeAmount: '1000.00',
            collectedLateAmount: '400.00',
            collectedRate: { percent: '46.67' },
            paidLateShareByAmount: { percent: '28.57' },
          },
        ],
      },
    });
  });

  it('groups by agent and by portfolio', async () => {
    const byAgent = await harness.inject({ method: 'GET', url: `/internal/v1/kpis/promises?from=${today}&to=${today}&groupBy=agent` });
    const byPortfolio = await harness.inject({ method: 'GET', url: `/internal/v1/kpis/promises?from=${today}&to=${today}&groupBy=portfolio` });

    expect(byAgent.json()).toMatchObject({
      groupBy: 'agent',
      groups: [
        { key: 'ag-1', kpis: { promiseCount: 2, keptRateByCount: { percent: '50.00' } } },
        { key: 'ag-2', kpis: { promiseCount: 1, keptRateByCount: { percent: '0.00' } } },
      ],
    });
    expect(byPortfolio.json<{ groups: { key: string }[] }>().groups.map((group) => group.key)).toEqual(['(sin cartera)', 'consumo']);
  });

  it('rejects a reversed or too long period', async () => {
    const reversed = await harness.inject({ method: 'GET', url: `/internal/v1/kpis/promises?from=${today}&to=${addDays(today, -1)}` });
    const tooLong = await harness.inject({ method: 'GET', url: `/internal/v1/kpis/promises?from=${today}&to=${addDays(today, 400)}` });

    expect(reversed.statusCode).toBe(400);
    expect(reversed.json()).toMatchObject({ errors: [{ field: 'to', code: 'field.date_range' }] });
    expect(tooLong.json()).toMatchObject({ errors: [{ field: 'to', code: 'field.period_too_long', message: 'El periodo puede abarcar como máximo 366 días.' }] });
  });
});
