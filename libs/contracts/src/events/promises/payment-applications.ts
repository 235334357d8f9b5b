import { EventDefinition, Fragments } from '../../event-definition';
import { Topics } from '../../topics';
import { PAYMENT_CHANNELS, PaymentChannel } from '../payments';

export const PaymentApplicationEventTypes = {
  paymentApplied: 'co.collections.payment.applied.v1',
  paymentReversed: 'co.collections.payment.reversal-applied.v1',
  paymentReversalHeld: 'co.collections.payment.reversal-held.v1',
} as const;

export const ALLOCATION_TARGET_TYPES = ['PROMISE', 'INSTALLMENT'] as const;
export const ALLOCATION_TIMINGS = ['ON_TIME', 'LATE'] as const;

/** Part of a payment applied to one promise or installment. */
export interface AllocationData {
  targetType: (typeof ALLOCATION_TARGET_TYPES)[number];
  targetId: string;
  /** Plan of an installment target. */
  planId?: string;
  amount: string;
  /** ON_TIME counts toward keeping the target; LATE was paid after the target broke. */
  timing: (typeof ALLOCATION_TIMINGS)[number];
}

/** A bank payment recorded and split among the account's open promises and installments, oldest due first. */
export interface PaymentAppliedData {
  paymentId: string;
  accountId: string;
  debtorId?: string;
  amount: string;
  currency: string;
  paidAt: string;
  valueDate: string;
  channel: PaymentChannel;
  allocations: AllocationData[];
  /** Part of the amount that no open promise or installment took; the whole amount when nothing was open. */
  unallocatedAmount: string;
  appliedAt: string;
}

export interface PaymentReversalAppliedData {
  paymentId: string;
  accountId: string;
  amount: string;
  currency: string;
  reversedAt: string;
  reason: string;
  /** Allocations the reversal released, as they were before it. */
  releasedAllocations: AllocationData[];
  /** True when the reversal was held and its payment arrived afterwards. */
  reversalArrivedFirst: boolean;
  appliedAt: string;
}

export interface PaymentReversalHeldData {
  paymentId: string;
  accountId: string;
  reversedAt: string;
  reason: string;
  heldAt: string;
}

const allocationSchema = {
  type: 'object',
  required: ['targetType', 'targetId', 'amount', 'timing'],
  additionalProperties: false,
  properties: {
    targetType: { enum: [...ALLOCATION_TARGET_TYPES] },
    targetId: Fragments.uuid,
    planId: Fragments.uuid,
    amount: Fragments.amount,
    timing: { enum: [...ALLOCATION_TIMINGS] },
  },
} as const;

const allocationList = { type: 'array', items: allocationSchema, maxItems: 1000 } as const;

export const paymentApplicationEvents: EventDefinition[] = [
  {
    type: PaymentApplicationEventTypes.paymentApplied,
    topic: Topics.promises,
    summary: 'A bank payment was applied to the account’s open promises and installments, oldest due first, or recorded with nothing open.',
    dataSchema: {
      type: 'object',
      required: ['paymentId', 'accountId', 'amount', 'currency', 'paidAt', 'valueDate', 'channel', 'allocations', 'unallocatedAmount', 'appliedAt'],
      additionalProperties: false,
      properties: {
        paymentId: Fragments.bankId,
        accountId: Fragments.bankId,
        debtorId: Fragments.bankId,
        amount: Fragments.amount,
        currency: Fragments.currency,
        paidAt: Fragments.instant,
        valueDate: Fragments.businessDate,
        channel: { enum: [...PAYMENT_CHANNELS] },
        allocations: allocationList,
        unallocatedAmount: Fragments.amount,
        appliedAt: Fragments.instant,
      },
    },
    example: {
      paymentId: 'PAY-2026-000123',
      accountId: 'CRED-0042-7781',
      debtorId: 'CC-1020304050',
      amount: '200000.00',
      currency: 'COP',
      paidAt: '2026-03-12T14:02:00Z',
      valueDate: '2026-03-12',
      channel: 'pse',
      allocations: [{ targetType: 'PROMISE', targetId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a12', amount: '150000.00', timing: 'ON_TIME' }],
      unallocatedAmount: '50000.00',
      appliedAt: '2026-03-12T14:02:03Z',
    },
  },
  {
    type: PaymentApplicationEventTypes.paymentReversed,
    topic: Topics.promises,
    summary: 'A bank reversal (reverso) undid what its payment had applied.',
    dataSchema: {
      type: 'object',
      required: ['paymentId', 'accountId', 'amount', 'currency', 'reversedAt', 'reason', 'releasedAllocations', 'reversalArrivedFirst', 'appliedAt'],
      additionalProperties: false,
      properties: {
        paymentId: Fragments.bankId,
        accountId: Fragments.bankId,
        amount: Fragments.amount,
        currency: Fragments.currency,
        reversedAt: Fragments.instant,
        reason: { type: 'string', minLength: 1, maxLength: 500 },
        releasedAllocations: allocationList,
        reversalArrivedFirst: { type: 'boolean' },
        appliedAt: Fragments.instant,
      },
    },
    example: {
      paymentId: 'PAY-2026-000123',
      accountId: 'CRED-0042-7781',
      amount: '200000.00',
      currency: 'COP',
      reversedAt: '2026-03-12T18:30:00Z',
      reason: 'Cheque devuelto',
      releasedAllocations: [{ targetType: 'PROMISE', targetId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a12', amount: '150000.00', timing: 'ON_TIME' }],
      reversalArrivedFirst: false,
      appliedAt: '2026-03-12T18:30:02Z',
    },
  },
  {
    type: PaymentApplicationEventTypes.paymentReversalHeld,
    topic: Topics.promises,
    summary: 'A reversal arrived before its payment; it is held and applied when the payment arrives.',
    dataSchema: {
      type: 'object',
      required: ['paymentId', 'accountId', 'reversedAt', 'reason', 'heldAt'],
      additionalProperties: false,
      properties: {
        paymentId: Fragments.bankId,
        accountId: Fragments.bankId,
        reversedAt: Fragments.instant,
        reason: { type: 'string', minLength: 1, maxLength: 500 },
        heldAt: Fragments.instant,
      },
    },
    example: {
      paymentId: 'PAY-2026-000124',
      accountId: 'CRED-0042-7781',
      reversedAt: '2026-03-12T18:30:00Z',
      reason: 'Cheque devuelto',
      heldAt: '2026-03-12T18:30:02Z',
    },
  },
];
