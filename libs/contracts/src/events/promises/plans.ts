import { EventDefinition, Fragments } from '../../event-definition';
import { Topics } from '../../topics';
import { GRACE_DAY_COUNTINGS, GraceDayCountingName } from './promise-state';

export const PlanEventTypes = {
  planCreated: 'co.collections.plan.created.v1',
  installmentKept: 'co.collections.plan.installment-kept.v1',
  installmentMissed: 'co.collections.plan.installment-missed.v1',
  installmentReopened: 'co.collections.plan.installment-reopened.v1',
  planCompleted: 'co.collections.plan.completed.v1',
  planDefaulted: 'co.collections.plan.defaulted.v1',
  planCancelled: 'co.collections.plan.cancelled.v1',
  planReactivated: 'co.collections.plan.reactivated.v1',
} as const;

export const PLAN_STATUSES = ['ACTIVE', 'COMPLETED', 'DEFAULTED', 'CANCELLED'] as const;
export type PlanStatusName = (typeof PLAN_STATUSES)[number];
export const INSTALLMENT_STATUSES = ['PENDING', 'KEPT', 'MISSED', 'CANCELLED'] as const;
export type InstallmentStatusName = (typeof INSTALLMENT_STATUSES)[number];

export interface InstallmentStateData {
  installmentId: string;
  /** 0 for the down payment, then 1, 2, … in due-date order. */
  number: number;
  dueDate: string;
  deadlineDate: string;
  amount: string;
  status: InstallmentStatusName;
  paidAmount: string;
  paidLateAmount: string;
}

/** A payment plan (acuerdo de pago) with its whole schedule, as created. */
export interface PlanCreatedData {
  planId: string;
  debtorId: string;
  accountId: string;
  agentId: string;
  interactionId?: string;
  portfolioId?: string;
  status: PlanStatusName;
  currency: string;
  totalAmount: string;
  /** Effective annual rate (E.A.) in percent, for example "24.50"; absent for a plan without interest. */
  annualInterestRate?: string;
  creditType?: string;
  graceDays: number;
  graceDayCounting: GraceDayCountingName;
  defaultAfterMissedInstallments: number;
  installments: InstallmentStateData[];
  changedAt: string;
}

/** One installment after it was kept, missed or reopened. */
export interface InstallmentChangedData extends InstallmentStateData {
  planId: string;
  debtorId: string;
  accountId: string;
  currency: string;
  previousStatus: InstallmentStatusName;
  /** Payment that kept it, or whose reversal missed or reopened it. */
  paymentId?: string;
  changedAt: string;
}

/** A plan after its status changed. */
export interface PlanStatusChangedData {
  planId: string;
  debtorId: string;
  accountId: string;
  status: PlanStatusName;
  previousStatus: PlanStatusName;
  currency: string;
  totalAmount: string;
  missedInstallments: number;
  reason?: string;
  changedAt: string;
}

const installmentProperties = {
  installmentId: Fragments.uuid,
  number: { type: 'integer', minimum: 0 },
  dueDate: Fragments.businessDate,
  deadlineDate: Fragments.businessDate,
  amount: Fragments.amount,
  status: { enum: [...INSTALLMENT_STATUSES] },
  paidAmount: Fragments.amount,
  paidLateAmount: Fragments.amount,
} as const;
const installmentRequired = ['installmentId', 'number', 'dueDate', 'deadlineDate', 'amount', 'status', 'paidAmount', 'paidLateAmount'];

const planIdentity = { planId: Fragments.uuid, debtorId: Fragments.bankId, accountId: Fragments.bankId } as const;

const planCreatedSchema = {
  type: 'object',
  required: ['planId', 'debtorId', 'accountId', 'agentId', 'status', 'currency', 'totalAmount', 'graceDays', 'graceDayCounting', 'defaultAfterMissedInstallments', 'installments', 'changedAt'],
  additionalProperties: false,
  properties: {
    ...planIdentity,
    agentId: { type: 'string', minLength: 1, maxLength: 100 },
    interactionId: Fragments.uuid,
    portfolioId: { type: 'string', maxLength: 100 },
    status: { enum: [...PLAN_STATUSES] },
    currency: Fragments.currency,
    totalAmount: Fragments.amount,
    annualInterestRate: { type: 'string', pattern: '^[0-9]{1,3}(\\.[0-9]{1,2})?$' },
    creditType: { type: 'string', maxLength: 100 },
    graceDays: { type: 'integer', minimum: 0 },
    graceDayCounting: { enum: [...GRACE_DAY_COUNTINGS] },
    defaultAfterMissedInstallments: { type: 'integer', minimum: 1 },
    installments: {
      type: 'array',
      minItems: 1,
      maxItems: 361,
      items: { type: 'object', required: installmentRequired, additionalProperties: false, properties: installmentProperties },
    },
    changedAt: Fragments.instant,
  },
} as const;

const installmentChangedSchema = {
  type: 'object',
  required: ['planId', 'debtorId', 'accountId', 'currency', 'previousStatus', 'changedAt', ...installmentRequired],
  additionalProperties: false,
  properties: {
    ...planIdentity,
    ...installmentProperties,
    currency: Fragments.currency,
    previousStatus: { enum: [...INSTALLMENT_STATUSES] },
    paymentId: Fragments.bankId,
    changedAt: Fragments.instant,
  },
} as const;

const planStatusSchema = {
  type: 'object',
  required: ['planId', 'debtorId', 'accountId', 'status', 'previousStatus', 'currency', 'totalAmount', 'missedInstallments', 'changedAt'],
  additionalProperties: false,
  properties: {
    ...planIdentity,
    status: { enum: [...PLAN_STATUSES] },
    previousStatus: { enum: [...PLAN_STATUSES] },
    currency: Fragments.currency,
    totalAmount: Fragments.amount,
    missedInstallments: { type: 'integer', minimum: 0 },
    reason: { type: 'string', maxLength: 500 },
    changedAt: Fragments.instant,
  },
} as const;

const identityExample = { planId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2b01', debtorId: 'CC-1020304050', accountId: 'CRED-0042-7781' };
const installmentExample = {
  installmentId: '5a0f3f7e-2b7e-5d3c-9a11-0c2f6e1d4b21',
  number: 1,
  dueDate: '2026-04-10',
  deadlineDate: '2026-04-14',
  amount: '250000.00',
  status: 'PENDING',
  paidAmount: '0.00',
  paidLateAmount: '0.00',
};

const installmentEvent = (type: string, summary: string, example: Record<string, unknown>): EventDefinition => ({
  type,
  topic: Topics.promises,
  summary,
  dataSchema: installmentChangedSchema,
  example: { ...identityExample, ...installmentExample, currency: 'COP', changedAt: '2026-04-09T16:20:00Z', ...example },
});

const planStatusEvent = (type: string, summary: string, example: Record<string, unknown>): EventDefinition => ({
  type,
  topic: Topics.promises,
  summary,
  dataSchema: planStatusSchema,
  example: { ...identityExample, currency: 'COP', totalAmount: '750000.00', missedInstallments: 0, changedAt: '2026-06-10T15:00:00Z', ...example },
});

export const planEvents: EventDefinition[] = [
  {
    type: PlanEventTypes.planCreated,
    topic: Topics.promises,
    summary: 'A payment plan (acuerdo de pago) was created with its installments.',
    dataSchema: planCreatedSchema,
    example: {
      ...identityExample,
      agentId: 'ag-17',
      interactionId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a11',
      status: 'ACTIVE',
      currency: 'COP',
      totalAmount: '750000.00',
      graceDays: 2,
      graceDayCounting: 'BUSINESS_DAYS',
      defaultAfterMissedInstallments: 2,
      installments: [
        { ...installmentExample, installmentId: '5a0f3f7e-2b7e-5d3c-9a11-0c2f6e1d4b20', number: 0, dueDate: '2026-03-13', deadlineDate: '2026-03-17' },
        installmentExample,
        { ...installmentExample, installmentId: '5a0f3f7e-2b7e-5d3c-9a11-0c2f6e1d4b22', number: 2, dueDate: '2026-05-11', deadlineDate: '2026-05-13' },
      ],
      changedAt: '2026-03-10T15:34:06Z',
    },
  },
  installmentEvent(PlanEventTypes.installmentKept, 'Payments made by its deadline reached the installment’s kept threshold.', {
    status: 'KEPT',
    paidAmount: '250000.00',
    previousStatus: 'PENDING',
    paymentId: 'PAY-2026-000200',
  }),
  installmentEvent(PlanEventTypes.installmentMissed, 'The installment’s deadline passed without enough payment (cuota incumplida).', {
    status: 'MISSED',
    previousStatus: 'PENDING',
    changedAt: '2026-04-15T05:00:10Z',
  }),
  installmentEvent(PlanEventTypes.installmentReopened, 'A reversal took a kept installment back to PENDING before its deadline.', {
    previousStatus: 'KEPT',
    paymentId: 'PAY-2026-000200',
  }),
  planStatusEvent(PlanEventTypes.planCompleted, 'Every installment of the plan was kept.', { status: 'COMPLETED', previousStatus: 'ACTIVE' }),
  planStatusEvent(PlanEventTypes.planDefaulted, 'The plan reached its limit of missed installments.', {
    status: 'DEFAULTED',
    previousStatus: 'ACTIVE',
    missedInstallments: 2,
  }),
  planStatusEvent(PlanEventTypes.planCancelled, 'The plan was cancelled; its pending installments were cancelled with it.', {
    status: 'CANCELLED',
    previousStatus: 'ACTIVE',
    reason: 'Refinanciación aprobada',
  }),
  planStatusEvent(PlanEventTypes.planReactivated, 'A completed or defaulted plan became ACTIVE again after a reversal or a payment made in time.', {
    status: 'ACTIVE',
    previousStatus: 'COMPLETED',
  }),
];
