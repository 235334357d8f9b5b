import { EventDefinition, Fragments } from '../event-definition';
import { Topics } from '../topics';

/**
 * Events that a bank's core system publishes to `core.payments.v1`. The Kafka key must be the
 * account id so that a payment and its reversal stay in order on one partition.
 */
export const PaymentEventTypes = {
  received: 'co.collections.core.payment.received.v1',
  reversed: 'co.collections.core.payment.reversed.v1',
} as const;

export const PAYMENT_CHANNELS = ['pse', 'branch', 'correspondent', 'transfer', 'direct_debit', 'card', 'cash', 'other'] as const;
export type PaymentChannel = (typeof PAYMENT_CHANNELS)[number];

export interface PaymentReceivedData {
  paymentId: string;
  accountId: string;
  debtorId?: string;
  amount: string;
  currency: string;
  paidAt: string;
  valueDate: string;
  channel: PaymentChannel;
  branch?: string;
  correspondentAgent?: string;
  bankReference?: string;
}

export interface PaymentReversedData {
  paymentId: string;
  accountId: string;
  reversedAt: string;
  reason: string;
}

export const paymentEvents: EventDefinition[] = [
  {
    type: PaymentEventTypes.received,
    topic: Topics.payments,
    summary: 'The bank received a payment on an account (pago / abono).',
    dataSchema: {
      type: 'object',
      required: ['paymentId', 'accountId', 'amount', 'currency', 'paidAt', 'valueDate', 'channel'],
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
        branch: { type: 'string', maxLength: 100 },
        correspondentAgent: { type: 'string', maxLength: 100 },
        bankReference: { type: 'string', maxLength: 100 },
      },
    },
    example: {
      paymentId: 'PAY-2026-000123',
      accountId: 'CRED-0042-7781',
      debtorId: 'CC-1020304050',
      amount: '150000.00',
      currency: 'COP',
      paidAt: '2026-03-10T15:42:10Z',
      valueDate: '2026-03-10',
      channel: 'pse',
      bankReference: 'PSE-88812345',
    },
  },
  {
    type: PaymentEventTypes.reversed,
    topic: Topics.payments,
    summary: 'The bank reversed an earlier payment (reverso).',
    dataSchema: {
      type: 'object',
      required: ['paymentId', 'accountId', 'reversedAt', 'reason'],
      additionalProperties: false,
      properties: {
        paymentId: Fragments.bankId,
        accountId: Fragments.bankId,
        reversedAt: Fragments.instant,
        reason: { type: 'string', minLength: 1, maxLength: 500 },
      },
    },
    example: {
      paymentId: 'PAY-2026-000123',
      accountId: 'CRED-0042-7781',
      reversedAt: '2026-03-11T09:00:00Z',
      reason: 'Cheque devuelto',
    },
  },
];
