import fc from 'fast-check';
import { computePromiseKpis, type PaymentPromise, type PromiseStatus } from '../domain';
import { kpisFromAggregates, mergeAggregates, type StatusAggregate } from './kpis-from-aggregates';

const STATUSES: PromiseStatus[] = ['PENDING', 'KEPT', 'BROKEN', 'CANCELLED', 'SUPERSEDED'];

function promiseOf(index: number, status: PromiseStatus, currency: string, amount: bigint, paid: bigint, paidLate: bigint): PaymentPromise {
  return {
    id: `promise-${index}`,
    debtorId: 'debtor-1',
    accountId: 'account-1',
    amount,
    currency,
    dueDate: '2026-03-10',
    graceDays: 0,
    graceDayCounting: 'CALENDAR_DAYS',
    deadlineDate: '2026-03-10',
    keptThresholdBasisPoints: 10000,
    interactionId: null,
    agentId: index % 2 === 0 ? 'ag-1' : 'ag-2',
    createdAt: new Date('2026-03-01T12:00:00Z'),
    status,
    paidAmount: paid,
    paidLateAmount: paidLate,
    resolvedAt: null,
    supersededByPromiseId: null,
    cancellationReason: null,
  };
}

/** What the KPI query's GROUP BY currency, status returns for these promises. */
function aggregate(promises: readonly PaymentPromise[]): StatusAggregate[] {
  const groups = new Map<string, StatusAggregate>();
  for (const promise of promises) {
    const key = `${promise.currency}|${promise.status}`;
    const row = groups.get(key) ?? { currency: promise.currency, status: promise.status, count: 0, amount: 0n, paidAmount: 0n, paidLateAmount: 0n, paidLateCount: 0 };
    groups.set(key, {
      ...row,
      count: row.count + 1,
      amount: row.amount + promise.amount,
      paidAmount: row.paidAmount + promise.paidAmount,
      paidLateAmount: row.paidLateAmount + promise.paidLateAmount,
      paidLateCount: row.paidLateCount + (promise.paidLateAmount > 0n ? 1 : 0),
    });
  }
  return [...groups.values()];
}

const promiseArbitrary = fc.record({
  status: fc.constantFrom(...STATUSES),
  currency: fc.constantFrom('COP', 'USD'),
  amount: fc.bigInt({ min: 1n, max: 10_000_000_00n }),
  paidShare: fc.integer({ min: 0, max: 100 }),
  lateShare: fc.integer({ min: 0, max: 100 }),
});

describe('kpisFromAggregates', () => {
  it('matches computePromiseKpis on any set of promises', () => {
    fc.assert(
      fc.property(fc.array(promiseArbitrary, { maxLength: 40 }), (drafts) => {
        const promises = drafts.map((draft, index) => {
          const paid = (draft.amount * BigInt(draft.paidShare)) / 100n;
          const paidLate = ((draft.amount - paid) * BigInt(draft.lateShare)) / 100n;
          return promiseOf(index, draft.status, draft.currency, draft.amount, paid, paidLate);
        });

        expect(kpisFromAggregates(aggregate(promises))).toEqual(computePromiseKpis(promises));
      }),
    );
  });

  it('gives the same overall KPIs from merged agent groups', () => {
    const promises = [
      promiseOf(0, 'KEPT', 'COP', 100_000n, 100_000n, 0n),
      promiseOf(1, 'BROKEN', 'COP', 50_000n, 10_000n, 5_000n),
      promiseOf(2, 'KEPT', 'COP', 70_000n, 70_000n, 0n),
      promiseOf(3, 'PENDING', 'USD', 1_000n, 0n, 0n),
    ];
    const byAgent = ['ag-1', 'ag-2'].flatMap((agentId) => aggregate(promises.filter((promise) => promise.agentId === agentId)));

    expect(kpisFromAggregates(mergeAggregates(byAgent))).toEqual(computePromiseKpis(promises));
  });

  it('reports no rate without resolved promises', () => {
    const kpis = kpisFromAggregates(aggregate([promiseOf(0, 'PENDING', 'COP', 100n, 0n, 0n)]));

    expect(kpis.keptRateByCount.basisPoints).toBeNull();
    expect(kpis.brokenRateByCount.basisPoints).toBeNull();
  });
});
