import { Fragments } from '../../event-definition';

/** Terms of a promise agreed during an interaction; the promise id is assigned by the interactions service. */
export interface AgreedPromiseTerms {
  promiseId: string;
  accountId: string;
  amount: string;
  currency: string;
  dueDate: string;
  graceDays?: number;
}

/** Terms of a payment plan agreed during an interaction; the plan id is assigned by the interactions service. */
export interface AgreedPlanTerms {
  planId: string;
  accountId: string;
  currency: string;
  totalAmount: string;
  downPayment?: { amount: string; dueDate: string };
  annualInterestRate?: string;
  installments: { number: number; dueDate: string; amount: string }[];
}

const promiseTermsProperties = {
  accountId: Fragments.bankId,
  amount: Fragments.amount,
  currency: Fragments.currency,
  dueDate: Fragments.businessDate,
  graceDays: { type: 'integer', minimum: 0, maximum: 30 },
} as const;

const planTermsProperties = {
  accountId: Fragments.bankId,
  currency: Fragments.currency,
  totalAmount: Fragments.amount,
  downPayment: {
    type: 'object',
    required: ['amount', 'dueDate'],
    additionalProperties: false,
    properties: { amount: Fragments.amount, dueDate: Fragments.businessDate },
  },
  annualInterestRate: { type: 'string', pattern: '^[0-9]{1,3}(\\.[0-9]{1,4})?$' },
  installments: {
    type: 'array',
    minItems: 1,
    maxItems: 360,
    items: {
      type: 'object',
      required: ['number', 'dueDate', 'amount'],
      additionalProperties: false,
      properties: { number: { type: 'integer', minimum: 1 }, dueDate: Fragments.businessDate, amount: Fragments.amount },
    },
  },
} as const;

/** Promise terms as an event carries them, with the pre-assigned promise id. */
export const promiseTermsSchema = {
  type: 'object',
  required: ['promiseId', 'accountId', 'amount', 'currency', 'dueDate'],
  additionalProperties: false,
  properties: { promiseId: Fragments.uuid, ...promiseTermsProperties },
} as const;

/** Plan terms as an event carries them, with the pre-assigned plan id. */
export const planTermsSchema = {
  type: 'object',
  required: ['planId', 'accountId', 'currency', 'totalAmount', 'installments'],
  additionalProperties: false,
  properties: { planId: Fragments.uuid, ...planTermsProperties },
} as const;

/** Promise terms as a submitter sends them, before an id is assigned. */
export const submittedPromiseTermsSchema = {
  type: 'object',
  required: ['accountId', 'amount', 'currency', 'dueDate'],
  additionalProperties: false,
  properties: promiseTermsProperties,
} as const;

/** Plan terms as a submitter sends them, before an id is assigned. */
export const submittedPlanTermsSchema = {
  type: 'object',
  required: ['accountId', 'currency', 'totalAmount', 'installments'],
  additionalProperties: false,
  properties: planTermsProperties,
} as const;
