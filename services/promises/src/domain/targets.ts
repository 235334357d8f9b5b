import { findPlan, findPromise, replaceInstallment, replacePromise, type AccountState } from './account-state';
import type { BusinessDate } from '@bitacora/domain';
import type { Step } from './decision';
import type { Installment, PaymentPlan, PlanStatus } from './payment-plan';
import type { AllocationTargetType } from './payment';
import type { PaymentPromise } from './promise';

/**
 * Promises and installments seen through what payments need from them. BROKEN stands for a
 * BROKEN promise and a MISSED installment; CLOSED for CANCELLED and SUPERSEDED.
 */
export type Standing = 'PENDING' | 'KEPT' | 'BROKEN' | 'CLOSED';

export interface TargetRef {
  readonly type: AllocationTargetType;
  readonly id: string;
  /** Plan of an installment; null for a promise. */
  readonly planId: string | null;
}

/** A promise or installment that a payment can be allocated to. */
export interface AllocationTarget extends TargetRef {
  readonly currency: string;
  readonly amount: bigint;
  readonly paidAmount: bigint;
  readonly paidLateAmount: bigint;
  readonly dueDate: BusinessDate;
  readonly deadlineDate: BusinessDate;
  readonly keptThresholdBasisPoints: number;
  readonly standing: Standing;
  /** Status of the installment's plan; null for a promise. */
  readonly planStatus: PlanStatus | null;
  /** Creation instant of the promise or of the installment's plan, the first tie-breaker. */
  readonly createdAt: Date;
  /** Installment number, the second tie-breaker; 0 for a promise. */
  readonly sequence: number;
}

export function listTargets(state: AccountState): AllocationTarget[] {
  const promiseTargets = state.promises.map(promiseTarget);
  const installmentTargets = state.plans.flatMap((plan) => plan.installments.map((installment) => installmentTarget(plan, installment)));
  return [...promiseTargets, ...installmentTargets];
}

/** Returns a target of the state; throws when the repository did not load it. */
export function getTarget(state: AccountState, ref: TargetRef): AllocationTarget {
  if (ref.type === 'PROMISE') {
    return promiseTarget(requirePromise(state, ref.id));
  }

  const plan = requirePlan(state, ref);
  return installmentTarget(plan, requireInstallment(plan, ref.id));
}

/** Orders targets oldest due date first; ties go by creation instant, installment number, id. */
export function compareByAllocationOrder(first: AllocationTarget, second: AllocationTarget): number {
  if (first.dueDate !== second.dueDate) {
    return first.dueDate < second.dueDate ? -1 : 1;
  }
  const createdDifference = first.createdAt.getTime() - second.createdAt.getTime();
  if (createdDifference !== 0) {
    return createdDifference;
  }
  if (first.sequence !== second.sequence) {
    return first.sequence - second.sequence;
  }

  if (first.id === second.id) {
    return 0;
  }

  return first.id < second.id ? -1 : 1;
}

/** Returns what is still unpaid of a target, counting payments in time and late. */
export function openAmountOf(target: AllocationTarget): bigint {
  return target.amount - target.paidAmount - target.paidLateAmount;
}

export function setTargetAmounts(state: AccountState, ref: TargetRef, paidAmount: bigint, paidLateAmount: bigint): AccountState {
  if (ref.type === 'PROMISE') {
    return replacePromise(state, { ...requirePromise(state, ref.id), paidAmount, paidLateAmount });
  }

  const installment = requireInstallment(requirePlan(state, ref), ref.id);
  return replaceInstallment(state, { ...installment, paidAmount, paidLateAmount });
}

/** Marks a PENDING or BROKEN target KEPT because `paymentId`, paid at `keptAt`, reached its threshold. */
export function markKept(state: AccountState, ref: TargetRef, keptAt: Date, paymentId: string): Step {
  if (ref.type === 'PROMISE') {
    const promise = requirePromise(state, ref.id);
    if (promise.status !== 'PENDING' && promise.status !== 'BROKEN') {
      throw new Error(`Promise ${promise.id} is ${promise.status}; only PENDING or BROKEN promises can become KEPT.`);
    }

    const kept: PaymentPromise = { ...promise, status: 'KEPT', resolvedAt: keptAt };
    return {
      state: replacePromise(state, kept),
      events: [
        {
          type: 'PromiseKept',
          promiseId: kept.id,
          accountId: kept.accountId,
          debtorId: kept.debtorId,
          paidAmount: kept.paidAmount,
          keptAt,
          paymentId,
          previousStatus: promise.status,
        },
      ],
    };
  }

  const plan = requirePlan(state, ref);
  const installment = requireInstallment(plan, ref.id);
  if (installment.status !== 'PENDING' && installment.status !== 'MISSED') {
    throw new Error(`Installment ${installment.id} is ${installment.status}; only PENDING or MISSED installments can become KEPT.`);
  }

  const kept: Installment = { ...installment, status: 'KEPT', resolvedAt: keptAt };
  return {
    state: replaceInstallment(state, kept),
    events: [
      {
        type: 'InstallmentKept',
        planId: plan.id,
        installmentId: kept.id,
        installmentNumber: kept.number,
        accountId: plan.accountId,
        paidAmount: kept.paidAmount,
        keptAt,
        paymentId,
        previousStatus: installment.status,
      },
    ],
  };
}

/**
 * Marks a PENDING or KEPT target BROKEN (MISSED for an installment) at `brokenAt`.
 * `reversedPaymentId` names the payment whose reversal caused it, or null for the deadline alone.
 */
export function markBroken(state: AccountState, ref: TargetRef, brokenAt: Date, reversedPaymentId: string | null): Step {
  if (ref.type === 'PROMISE') {
    const promise = requirePromise(state, ref.id);
    if (promise.status !== 'PENDING' && promise.status !== 'KEPT') {
      throw new Error(`Promise ${promise.id} is ${promise.status}; only PENDING or KEPT promises can become BROKEN.`);
    }

    const broken: PaymentPromise = { ...promise, status: 'BROKEN', resolvedAt: brokenAt };
    return {
      state: replacePromise(state, broken),
      events: [
        {
          type: 'PromiseBroken',
          promiseId: broken.id,
          accountId: broken.accountId,
          debtorId: broken.debtorId,
          amount: broken.amount,
          paidAmount: broken.paidAmount,
          deadlineDate: broken.deadlineDate,
          brokenAt,
          previousStatus: promise.status,
          reversedPaymentId,
        },
      ],
    };
  }

  const plan = requirePlan(state, ref);
  const installment = requireInstallment(plan, ref.id);
  if (installment.status !== 'PENDING' && installment.status !== 'KEPT') {
    throw new Error(`Installment ${installment.id} is ${installment.status}; only PENDING or KEPT installments can become MISSED.`);
  }

  const missed: Installment = { ...installment, status: 'MISSED', resolvedAt: brokenAt };
  return {
    state: replaceInstallment(state, missed),
    events: [
      {
        type: 'InstallmentMissed',
        planId: plan.id,
        installmentId: missed.id,
        installmentNumber: missed.number,
        accountId: plan.accountId,
        amount: missed.amount,
        paidAmount: missed.paidAmount,
        deadlineDate: missed.deadlineDate,
        missedAt: brokenAt,
        previousStatus: installment.status,
        reversedPaymentId,
      },
    ],
  };
}

/** Returns a KEPT target to PENDING because the reversal of `reversedPaymentId` left it short. */
export function markReopened(state: AccountState, ref: TargetRef, reopenedAt: Date, reversedPaymentId: string): Step {
  if (ref.type === 'PROMISE') {
    const promise = requirePromise(state, ref.id);
    if (promise.status !== 'KEPT') {
      throw new Error(`Promise ${promise.id} is ${promise.status}; only a KEPT promise can be reopened.`);
    }

    const reopened: PaymentPromise = { ...promise, status: 'PENDING', resolvedAt: null };
    return {
      state: replacePromise(state, reopened),
      events: [
        {
          type: 'PromiseReopened',
          promiseId: reopened.id,
          accountId: reopened.accountId,
          debtorId: reopened.debtorId,
          paidAmount: reopened.paidAmount,
          reopenedAt,
          reversedPaymentId,
        },
      ],
    };
  }

  const plan = requirePlan(state, ref);
  const installment = requireInstallment(plan, ref.id);
  if (installment.status !== 'KEPT') {
    throw new Error(`Installment ${installment.id} is ${installment.status}; only a KEPT installment can be reopened.`);
  }

  const reopened: Installment = { ...installment, status: 'PENDING', resolvedAt: null };
  return {
    state: replaceInstallment(state, reopened),
    events: [
      {
        type: 'InstallmentReopened',
        planId: plan.id,
        installmentId: reopened.id,
        installmentNumber: reopened.number,
        accountId: plan.accountId,
        paidAmount: reopened.paidAmount,
        reopenedAt,
        reversedPaymentId,
      },
    ],
  };
}

function promiseTarget(promise: PaymentPromise): AllocationTarget {
  return {
    type: 'PROMISE',
    id: promise.id,
    planId: null,
    currency: promise.currency,
    amount: promise.amount,
    paidAmount: promise.paidAmount,
    paidLateAmount: promise.paidLateAmount,
    dueDate: promise.dueDate,
    deadlineDate: promise.deadlineDate,
    keptThresholdBasisPoints: promise.keptThresholdBasisPoints,
    standing: promiseStanding(promise),
    planStatus: null,
    createdAt: promise.createdAt,
    sequence: 0,
  };
}

function installmentTarget(plan: PaymentPlan, installment: Installment): AllocationTarget {
  return {
    type: 'INSTALLMENT',
    id: installment.id,
    planId: plan.id,
    currency: plan.currency,
    amount: installment.amount,
    paidAmount: installment.paidAmount,
    paidLateAmount: installment.paidLateAmount,
    dueDate: installment.dueDate,
    deadlineDate: installment.deadlineDate,
    keptThresholdBasisPoints: plan.keptThresholdBasisPoints,
    standing: installmentStanding(installment),
    planStatus: plan.status,
    createdAt: plan.createdAt,
    sequence: installment.number,
  };
}

function promiseStanding(promise: PaymentPromise): Standing {
  switch (promise.status) {
    case 'PENDING':
    case 'KEPT':
    case 'BROKEN':
      return promise.status;
    case 'CANCELLED':
    case 'SUPERSEDED':
      return 'CLOSED';
  }
}

function installmentStanding(installment: Installment): Standing {
  switch (installment.status) {
    case 'PENDING':
    case 'KEPT':
      return installment.status;
    case 'MISSED':
      return 'BROKEN';
    case 'CANCELLED':
      return 'CLOSED';
  }
}

function requirePromise(state: AccountState, promiseId: string): PaymentPromise {
  const promise = findPromise(state, promiseId);
  if (promise === undefined) {
    throw new Error(`Promise ${promiseId} is not in the account state of ${state.accountId}; load it first.`);
  }

  return promise;
}

function requirePlan(state: AccountState, ref: TargetRef): PaymentPlan {
  const plan = ref.planId === null ? undefined : findPlan(state, ref.planId);
  if (plan === undefined) {
    throw new Error(`Plan ${String(ref.planId)} of installment ${ref.id} is not in the account state of ${state.accountId}; load it first.`);
  }

  return plan;
}

function requireInstallment(plan: PaymentPlan, installmentId: string): Installment {
  const installment = plan.installments.find((candidate) => candidate.id === installmentId);
  if (installment === undefined) {
    throw new Error(`Installment ${installmentId} does not belong to plan ${plan.id}.`);
  }

  return installment;
}
