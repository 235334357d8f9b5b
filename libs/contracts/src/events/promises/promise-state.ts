import { EventDefinition, Fragments } from '../../event-definition';
import { Topics } from '../../topics';

export const PromiseStateEventTypes = {
  promiseCreated: 'co.collections.promise.created.v1',
  promiseKept: 'co.collections.promise.kept.v1',
  promiseBroken: 'co.collections.promise.broken.v1',
  promiseCancelled: 'co.collections.promise.cancelled.v1',
  promiseSuperseded: 'co.collections.promise.superseded.v1',
  promiseReopened: 'co.collections.promise.reopened.v1',
} as const;

export const PROMISE_STATUSES = ['PENDING', 'KEPT', 'BROKEN', 'CANCELLED', 'SUPERSEDED'] as const;
export type PromiseStatus = (typeof PROMISE_STATUSES)[number];

export const GRACE_DAY_COUNTINGS = ['BUSINESS_DAYS', 'CALENDAR_DAYS'] as const;
export type GraceDayCountingName = (typeof GRACE_DAY_COUNTINGS)[number];

/** A promise as it is after the change the event announces. */
export interface PromiseStateData {
  promiseId: string;
  debtorId: string;
  accountId: string;
  status: PromiseStatus;
  amount: string;
  /** Paid on or before the deadline date. */
  paidAmount: string;
  currency: string;
  dueDate: string;
  graceDays: number;
  interactionId?: string;
  agentId?: string;
  changedAt: string;
  reason?: string;
  /** Paid after the deadline date, once the promise was broken. */
  paidLateAmount?: string;
  graceDayCounting?: GraceDayCountingName;
  /** Last Bogota date on which a payment counts as in time: due date plus grace days. */
  deadlineDate?: string;
  portfolioId?: string;
  previousStatus?: PromiseStatus;
  /** Payment that kept the promise, or whose reversal broke or reopened it. */
  paymentId?: string;
  supersededByPromiseId?: string;
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
    paidLateAmount: Fragments.amount,
    graceDayCounting: { enum: [...GRACE_DAY_COUNTINGS] },
    deadlineDate: Fragments.businessDate,
    portfolioId: { type: 'string', maxLength: 100 },
    previousStatus: { enum: [...PROMISE_STATUSES] },
    paymentId: Fragments.bankId,
    supersededByPromiseId: Fragments.uuid,
  },
} as const;

const promiseExample = {
  promiseId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a12',
  debtorId: 'CC-1020304050',
  accountId: 'CRED-0042-7781',
  status: 'PENDING',
  amount: '150000.00',
  paidAmount: '0.00',
  paidLateAmount: '0.00',
  currency: 'COP',
  dueDate: '2026-03-13',
  graceDays: 2,
  graceDayCounting: 'BUSINESS_DAYS',
  deadlineDate: '2026-03-17',
  interactionId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a11',
  agentId: 'ag-17',
  changedAt: '2026-03-10T15:34:06Z',
};

const promiseStateEvent = (type: string, summary: string, example: Record<string, unknown>): EventDefinition => ({
  type,
  topic: Topics.promises,
  summary,
  dataSchema: promiseState,
  example: { ...promiseExample, ...example },
});

/** Promise lifecycle events; they share one state shape. */
export const promiseStateEvents: EventDefinition[] = [
  promiseStateEvent(PromiseStateEventTypes.promiseCreated, 'A payment promise was created (promesa de pago).', {}),
  promiseStateEvent(PromiseStateEventTypes.promiseKept, 'Payments made by the deadline reached the kept threshold.', {
    status: 'KEPT',
    paidAmount: '150000.00',
    previousStatus: 'PENDING',
    paymentId: 'PAY-2026-000123',
    changedAt: '2026-03-12T14:02:00Z',
  }),
  promiseStateEvent(PromiseStateEventTypes.promiseBroken, 'The deadline passed without enough payment, or a reversal left a kept promise short after it.', {
    status: 'BROKEN',
    paidAmount: '50000.00',
    previousStatus: 'PENDING',
    changedAt: '2026-03-18T05:00:10Z',
  }),
  promiseStateEvent(PromiseStateEventTypes.promiseCancelled, 'The promise was cancelled.', {
    status: 'CANCELLED',
    previousStatus: 'PENDING',
    reason: 'El deudor pidió un acuerdo de pago',
    changedAt: '2026-03-11T10:00:00Z',
  }),
  promiseStateEvent(PromiseStateEventTypes.promiseSuperseded, 'A newer promise on the account replaced this one.', {
    status: 'SUPERSEDED',
    previousStatus: 'PENDING',
    supersededByPromiseId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a19',
    changedAt: '2026-03-11T10:00:00Z',
  }),
  promiseStateEvent(PromiseStateEventTypes.promiseReopened, 'A reversal took a kept promise back to PENDING before its deadline.', {
    status: 'PENDING',
    previousStatus: 'KEPT',
    paymentId: 'PAY-2026-000123',
    changedAt: '2026-03-12T18:30:00Z',
  }),
];
