import { rate, sumAmounts, type PromiseAmountKpis, type PromiseKpis, type PromiseStatus } from '../domain';

/** Totals of the promises of one currency and status, as one SQL GROUP BY row returns them. */
export interface StatusAggregate {
  currency: string;
  status: PromiseStatus;
  count: number;
  amount: bigint;
  paidAmount: bigint;
  paidLateAmount: bigint;
  /** Promises of this group that received a late payment. */
  paidLateCount: number;
}

const STANDING: ReadonlySet<PromiseStatus> = new Set(['PENDING', 'KEPT', 'BROKEN']);

/**
 * Computes the same KPIs as the domain's computePromiseKpis from per-currency, per-status totals,
 * so that the database sums the rows and the service never loads every promise of a period.
 */
export function kpisFromAggregates(aggregates: readonly StatusAggregate[]): PromiseKpis {
  const countOf = (status: PromiseStatus) => sumOf(aggregates.filter((row) => row.status === status), (row) => row.count);
  const countsByStatus: Record<PromiseStatus, number> = {
    PENDING: countOf('PENDING'),
    KEPT: countOf('KEPT'),
    BROKEN: countOf('BROKEN'),
    CANCELLED: countOf('CANCELLED'),
    SUPERSEDED: countOf('SUPERSEDED'),
  };
  const resolved = BigInt(countsByStatus.KEPT + countsByStatus.BROKEN);
  const brokenPaidLate = sumOf(aggregates.filter((row) => row.status === 'BROKEN'), (row) => row.paidLateCount);

  return {
    promiseCount: sumOf(aggregates, (row) => row.count),
    countsByStatus,
    keptRateByCount: rate(BigInt(countsByStatus.KEPT), resolved),
    brokenRateByCount: rate(BigInt(countsByStatus.BROKEN), resolved),
    paidLateShareByCount: rate(BigInt(brokenPaidLate), BigInt(countsByStatus.BROKEN)),
    amountsByCurrency: amountKpisOf(aggregates.filter((row) => STANDING.has(row.status))),
  };
}

/** Adds up the aggregates of several groups, for the period's overall figures. */
export function mergeAggregates(aggregates: readonly StatusAggregate[]): StatusAggregate[] {
  const merged = new Map<string, StatusAggregate>();
  for (const row of aggregates) {
    const key = `${row.currency}|${row.status}`;
    const current = merged.get(key);
    merged.set(
      key,
      current === undefined
        ? { ...row }
        : {
            ...current,
            count: current.count + row.count,
            amount: current.amount + row.amount,
            paidAmount: current.paidAmount + row.paidAmount,
            paidLateAmount: current.paidLateAmount + row.paidLateAmount,
            paidLateCount: current.paidLateCount + row.paidLateCount,
          },
    );
  }
  return [...merged.values()];
}

function amountKpisOf(standing: readonly StatusAggregate[]): PromiseAmountKpis[] {
  const currencies = [...new Set(standing.map((row) => row.currency))].sort();
  return currencies.map((currency) => {
    const group = standing.filter((row) => row.currency === currency);
    const kept = group.filter((row) => row.status === 'KEPT');
    const resolved = group.filter((row) => row.status === 'KEPT' || row.status === 'BROKEN');

    const promisedAmount = sumAmounts(group.map((row) => row.amount));
    const resolvedPromisedAmount = sumAmounts(resolved.map((row) => row.amount));
    const keptPromisedAmount = sumAmounts(kept.map((row) => row.amount));
    const collectedOnTimeAmount = sumAmounts(group.map((row) => row.paidAmount));
    const collectedLateAmount = sumAmounts(group.map((row) => row.paidLateAmount));
    const collectedAmount = collectedOnTimeAmount + collectedLateAmount;

    return {
      currency,
      promisedAmount,
      resolvedPromisedAmount,
      keptPromisedAmount,
      keptRateByAmount: rate(keptPromisedAmount, resolvedPromisedAmount),
      collectedAmount,
      collectedOnTimeAmount,
      collectedLateAmount,
      collectedRate: rate(collectedAmount, promisedAmount),
      paidLateShareByAmount: rate(collectedLateAmount, collectedAmount),
    };
  });
}

function sumOf<Row>(rows: readonly Row[], valueOf: (row: Row) => number): number {
  return rows.reduce((total, row) => total + valueOf(row), 0);
}
