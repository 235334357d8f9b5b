import type { PromiseStateData, PromiseStatus } from '@bitacora/contracts';
import type { PaymentPromise } from '../domain';
import { decimalOf } from './amounts';

export interface PromiseChange {
  status: PromiseStatus;
  changedAt: Date;
  paidAmount?: bigint;
  previousStatus?: PromiseStatus;
  paymentId?: string | null;
  reason?: string | null;
  supersededByPromiseId?: string | null;
  portfolioId?: string | null;
}

/** Builds the data of a promise lifecycle event from the promise and the change it announces. */
export function promiseStateData(promise: PaymentPromise, change: PromiseChange): PromiseStateData {
  const data: PromiseStateData = {
    promiseId: promise.id,
    debtorId: promise.debtorId,
    accountId: promise.accountId,
    status: change.status,
    amount: decimalOf(promise.amount, promise.currency),
    paidAmount: decimalOf(change.paidAmount ?? promise.paidAmount, promise.currency),
    paidLateAmount: decimalOf(promise.paidLateAmount, promise.currency),
    currency: promise.currency,
    dueDate: promise.dueDate,
    graceDays: promise.graceDays,
    graceDayCounting: promise.graceDayCounting,
    deadlineDate: promise.deadlineDate,
    agentId: promise.agentId,
    changedAt: change.changedAt.toISOString(),
  };
  if (promise.interactionId !== null) data.interactionId = promise.interactionId;
  if (change.previousStatus !== undefined) data.previousStatus = change.previousStatus;
  if (change.paymentId) data.paymentId = change.paymentId;
  if (change.reason) data.reason = change.reason;
  if (change.supersededByPromiseId) data.supersededByPromiseId = change.supersededByPromiseId;
  if (change.portfolioId) data.portfolioId = change.portfolioId;
  return data;
}
