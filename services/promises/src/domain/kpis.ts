import { BASIS_POINTS_PER_WHOLE, sumAmounts } from './money';
import type { PaymentPromise, PromiseStatus } from './promise';

/** A ratio kept exact, with its value in basis points rounded half up; null when the denominator is 0. */
export interface Rate {
  readonly numerator: bigint;
  readonly denominator: bigint;
  readonly basisPoints: number | null;
}

/** Amount KPIs in one currency, over promises that are not CANCELLED or SUPERSEDED. */
export interface PromiseAmountKpis {
  readonly currency: string;
  readonly promisedAmount: bigint;
  /** Promised amount of KEPT and BROKEN promises. */
  readonly resolvedPromisedAmount: bigint;
  readonly keptPromisedAmount: bigint;
  /** Kept promised amount over resolved promised amount. */
  readonly keptRateByAmount: Rate;
  /** Paid in time plus paid late. */
  readonly collectedAmount: bigint;
  readonly collectedOnTimeAmount: bigint;
  readonly collectedLateAmount: bigint;
  /** Collected amount over promised amount. */
  readonly collectedRate: Rate;
  /** Late collected amount over collected amount. */
  readonly paidLateShareByAmount: Rate;
}

export interface PromiseKpis {
  readonly promiseCount: number;
  readonly countsByStatus: Readonly<Record<PromiseStatus, number>>;
  /** KEPT over KEPT plus BROKEN; PENDING, CANCELLED and SUPERSEDED promises are not judged yet or never will be. */
  readonly keptRateByCount: Rate;
  /** BROKEN over KEPT plus BROKEN. */
  readonly brokenRateByCount: Rate;
  /** BROKEN promises that received a late payment, over BROKEN promises. */
  readonly paidLateShareByCount: Rate;
  /** One entry per currency, sorted by currency code, because amounts in different currencies do not add up. */
  readonly amountsByCurrency: readonly PromiseAmountKpis[];
}

export interface AgentPromiseKpis {
  readonly agentId: string;
  readonly kpis: PromiseKpis;
}

/** Computes promise KPIs over any set of promises, for example those due in one month. */
export function computePromiseKpis(promises: readonly PaymentPromise[]): PromiseKpis {
  const countsByStatus = countByStatus(promises);
  const resolvedCount = countsByStatus.KEPT + countsByStatus.BROKEN;
  const brokenPaidLate = promises.filter((promise) => promise.status === 'BROKEN' && promise.paidLateAmount > 0n).length;

  return {
    promiseCount: promises.length,
    countsByStatus,
    keptRateByCount: rate(BigInt(countsByStatus.KEPT), BigInt(resolvedCount)),
    brokenRateByCount: rate(BigInt(countsByStatus.BROKEN), BigInt(resolvedCount)),
    paidLateShareByCount: rate(BigInt(brokenPaidLate), BigInt(countsByStatus.BROKEN)),
    amountsByCurrency: computeAmountKpis(promises),
  };
}

/** Computes promise KPIs for each agent who made at least one of the promises, sorted by agent id. */
export function computePromiseKpisByAgent(promises: readonly PaymentPromise[]): AgentPromiseKpis[] {
  const byAgent = groupBy(promises, (promise) => promise.agentId);
  return [...byAgent.keys()].sort().map((agentId) => ({ agentId, kpis: computePromiseKpis(byAgent.get(agentId) ?? []) }));
}

export function rate(numerator: bigint, denominator: bigint): Rate {
  if (denominator === 0n) {
    return { numerator, denominator, basisPoints: null };
  }

  const scaled = numerator * BigInt(BASIS_POINTS_PER_WHOLE);
  const rounded = (2n * scaled + denominator) / (2n * denominator);
  return { numerator, denominator, basisPoints: Number(rounded) };
}

function countByStatus(promises: readonly PaymentPromise[]): Record<PromiseStatus, number> {
  const counts: Record<PromiseStatus, number> = { PENDING: 0, KEPT: 0, BROKEN: 0, CANCELLED: 0, SUPERSEDED: 0 };
  for (const promise of promises) {
    counts[promise.status] += 1;
  }

  return counts;
}

function computeAmountKpis(promises: readonly PaymentPromise[]): PromiseAmountKpis[] {
  const standing = promises.filter((promise) => promise.status !== 'CANCELLED' && promise.status !== 'SUPERSEDED');
  const byCurrency = groupBy(standing, (promise) => promise.currency);

  return [...byCurrency.keys()].sort().map((currency) => {
    const group = byCurrency.get(currency) ?? [];
    const resolved = group.filter((promise) => promise.status === 'KEPT' || promise.status === 'BROKEN');
    const kept = group.filter((promise) => promise.status === 'KEPT');

    const promisedAmount = sumAmounts(group.map((promise) => promise.amount));
    const resolvedPromisedAmount = sumAmounts(resolved.map((promise) => promise.amount));
    const keptPromisedAmount = sumAmounts(kept.map((promise) => promise.amount));
    const collectedOnTimeAmount = sumAmounts(group.map((promise) => promise.paidAmount));
    const collectedLateAmount = sumAmounts(group.map((promise) => promise.paidLateAmount));
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

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key) ?? [];
    group.push(item);
    groups.set(key, group);
  }

  return groups;
}
