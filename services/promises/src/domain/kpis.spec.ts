import { computePromiseKpis, computePromiseKpisByAgent, rate } from './kpis';
import { promiseRecord } from './test/fixtures';

const promises = [
  promiseRecord({ id: 'a', agentId: 'agent-1', status: 'KEPT', amount: 100_000n, paidAmount: 100_000n }),
  promiseRecord({ id: 'b', agentId: 'agent-1', status: 'BROKEN', amount: 300_000n, paidAmount: 50_000n, paidLateAmount: 250_000n }),
  promiseRecord({ id: 'c', agentId: 'agent-2', status: 'BROKEN', amount: 100_000n, paidAmount: 0n }),
  promiseRecord({ id: 'd', agentId: 'agent-2', status: 'KEPT', amount: 200_000n, paidAmount: 180_000n }),
  promiseRecord({ id: 'e', agentId: 'agent-2', status: 'PENDING', amount: 50_000n, paidAmount: 10_000n }),
  promiseRecord({ id: 'f', agentId: 'agent-1', status: 'CANCELLED', amount: 70_000n, paidAmount: 5_000n }),
  promiseRecord({ id: 'g', agentId: 'agent-1', status: 'KEPT', amount: 1_000n, currency: 'USD', paidAmount: 1_000n }),
];

describe('computePromiseKpis', () => {
  const kpis = computePromiseKpis(promises);

  it('counts promises by status', () => {
    expect(kpis.promiseCount).toBe(7);
    expect(kpis.countsByStatus).toEqual({ PENDING: 1, KEPT: 3, BROKEN: 2, CANCELLED: 1, SUPERSEDED: 0 });
  });

  it.each([
    { name: 'kept rate by count', actual: () => kpis.keptRateByCount, expected: { numerator: 3n, denominator: 5n, basisPoints: 6_000 } },
    { name: 'broken rate by count', actual: () => kpis.brokenRateByCount, expected: { numerator: 2n, denominator: 5n, basisPoints: 4_000 } },
    { name: 'paid-late share by count', actual: () => kpis.paidLateShareByCount, expected: { numerator: 1n, denominator: 2n, basisPoints: 5_000 } },
  ])('$name', ({ actual, expected }) => {
    expect(actual()).toEqual(expected);
  });

  it('separates amounts by currency', () => {
    expect(kpis.amountsByCurrency.map((amounts) => amounts.currency)).toEqual(['COP', 'USD']);
  });

  it('computes COP amount KPIs', () => {
    const cop = kpis.amountsByCurrency[0];

    expect(cop.promisedAmount).toBe(750_000n);
    expect(cop.resolvedPromisedAmount).toBe(700_000n);
    expect(cop.keptPromisedAmount).toBe(300_000n);
    expect(cop.keptRateByAmount.basisPoints).toBe(4_286);
    expect(cop.collectedOnTimeAmount).toBe(340_000n);
    expect(cop.collectedLateAmount).toBe(250_000n);
    expect(cop.collectedAmount).toBe(590_000n);
    expect(cop.collectedRate.basisPoints).toBe(7_867);
    expect(cop.paidLateShareByAmount.basisPoints).toBe(4_237);
  });

  it('returns null rates without promises', () => {
    const empty = computePromiseKpis([]);

    expect(empty.keptRateByCount.basisPoints).toBeNull();
    expect(empty.amountsByCurrency).toEqual([]);
  });
});

describe('computePromiseKpisByAgent', () => {
  it('groups by agent sorted by id', () => {
    const byAgent = computePromiseKpisByAgent(promises);

    expect(byAgent.map((entry) => [entry.agentId, entry.kpis.promiseCount])).toEqual([
      ['agent-1', 4],
      ['agent-2', 3],
    ]);
    expect(byAgent[0].kpis.keptRateByCount.basisPoints).toBe(6_667);
    expect(byAgent[1].kpis.keptRateByCount.basisPoints).toBe(5_000);
  });
});

describe('rate', () => {
  it.each([
    { numerator: 1n, denominator: 3n, basisPoints: 3_333 },
    { numerator: 2n, denominator: 3n, basisPoints: 6_667 },
    { numerator: 1n, denominator: 20_000n, basisPoints: 1 },
    { numerator: 0n, denominator: 5n, basisPoints: 0 },
    { numerator: 5n, denominator: 0n, basisPoints: null },
  ])('$numerator / $denominator', ({ numerator, denominator, basisPoints }) => {
    expect(rate(numerator, denominator).basisPoints).toBe(basisPoints);
  });
});
