import { EventDefinition, Fragments } from '../event-definition';
import { Topics } from '../topics';

/** Events of `collections.promises.v1`, published by the promises service. */
export const PromiseEventTypes = {
  promiseCreated: 'co.collections.promise.created.v1',
  promiseKept: 'co.collections.promise.kept.v1',
  promiseBroken: 'co.collections.promise.broken.v1',
  promiseCancelled: 'co.collections.promise.cancelled.v1',
  promiseSuperseded: 'co.collections.promise.superseded.v1',
  paymentApplied: 'co.collections.payment.applied.v1',
  paymentReversed: 'co.collections.payment.reversal-applied.v1',
  planCreated: 'co.collections.plan.created.v1',
  installmentKept: 'co.collections.plan.installment-kept.v1',
  installmentMissed: 'co.collections.plan.installment-missed.v1',
  planCompleted: 'co.collections.plan.completed.v1',
  planDefaulted: 'co.collections.plan.defaulted.v1',
  planCancelled: 'co.collections.plan.cancelled.v1',
} as const;

export const PROMISE_STATUSES = ['PENDING', 'KEPT', 'BROKEN', 'CANCELLED', 'SUPERSEDED'] as const;
export type PromiseStatus = (typeof PROMISE_STATUSES)[number];

export interface PromiseStateData {
  promiseId: string;
  debtorId: string;
  accountId: string;
  status: PromiseStatus;
  amount: string;
  paidAmount: string;
  currency: string;
  dueDate: string;
  graceDays: number;
  interactionId?: string;
  agentId?: string;
  changedAt: string;
  reason?: string;
}

const promiseState = {
  type: 'object',
  required: ['promiseId', 'debtorId', 'accountId', 'status', 'amount', 'paidAmount', 'currency', 'dueDate', 'graceDays', 'changedAt'],
  additionalProperties: true,
  properties: {
    promiseId: Fragments.uuid,
    debtorId: Fragments.bankId,
    accountId: Fragments.bankId,
    status: { enum: [...PROMISE_STATUSES] },
    amount: Fragments.amount,
    paidAmount: Fragments.amount,
    currency: Fragments.currency,
    dueDate: Fragments.businessDate,
    graceDays: { type: 'integer', minimum: 0 },
    interactionId: Fragments.uuid,
    agentId: { type: 'string', maxLength: 100 },
    changedAt: Fragments.instant,
    reason: { type: 'string', maxLength: 500 },
  },
} as const;

const promiseExample = {
  promiseId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a12',
  debtorId: 'CC-1020304050',
  accountId: 'CRED-0042-7781',
  status: 'PENDING',
  amount: '150000.00',
  paidAmount: '0.00',
  currency: 'COP',
  dueDate: '2026-03-13',
  graceDays: 2,
  interactionId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a11',
  agentId: 'ag-17',
  changedAt: '2026-03-10T15:34:06Z',
};

const promiseStateEvent = (type: string, summary: string, status: string): EventDefinition => ({
  type,
  topic: Topics.promises,
  summary,
  dataSchema: promiseState,
  example: { ...promiseExample, status },
});

/**
 * Promise lifecycle events share one state shape. Payment and plan events are defined by the
 * promises service next to these, with their own schemas.
 */
export const promiseEvents: EventDefinition[] = [
  promiseStateEvent(PromiseEventTypes.promiseCreated, 'A payment promise was created.', 'PENDING'),
  promiseStateEvent(PromiseEventTypes.promiseKept, 'Payments reached the kept threshold by the deadline.', 'KEPT'),
  promiseStateEvent(PromiseEventTypes.promiseBroken, 'The deadline passed without enough payment.', 'BROKEN'),
  promiseStateEvent(PromiseEventTypes.promiseCancelled, 'The promise was cancelled.', 'CANCELLED'),
  promiseStateEvent(PromiseEventTypes.promiseSuperseded, 'A newer promise on the account replaced this one.', 'SUPERSEDED'),
];
