import { EventDefinition, Fragments } from '../event-definition';
import { Topics } from '../topics';

/**
 * Events of `collections.interactions.v1`, published by the interactions service. Event types
 * that only the interactions service and the ledger read (consents, opt-outs, disputes,
 * assignments, next actions) are defined next to the ones below, in this file.
 */
export const InteractionEventTypes = {
  recorded: 'co.collections.interaction.recorded.v1',
  amended: 'co.collections.interaction.amended.v1',
  policyChecked: 'co.collections.contact-policy.checked.v1',
  policyViolationDetected: 'co.collections.contact-policy.violation-detected.v1',
} as const;

export const PARTY_ROLES = ['debtor', 'co_debtor', 'guarantor', 'reference', 'third_party'] as const;
export const CHANNELS = ['phone_call', 'sms', 'email', 'whatsapp', 'automated_voice', 'push_notification', 'letter', 'visit'] as const;
export const DIRECTIONS = ['outbound', 'inbound'] as const;
export const PURPOSES = ['collection', 'information_requested', 'transaction_confirmation', 'fraud_alert'] as const;

export type PartyRole = (typeof PARTY_ROLES)[number];
export type Channel = (typeof CHANNELS)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Purpose = (typeof PURPOSES)[number];

/** Terms of a promise agreed during an interaction; the promise id is assigned by the interactions service. */
export interface AgreedPromiseTerms {
  promiseId: string;
  accountId: string;
  amount: string;
  currency: string;
  dueDate: string;
  graceDays?: number;
}

export interface AgreedPlanTerms {
  planId: string;
  accountId: string;
  currency: string;
  totalAmount: string;
  downPayment?: { amount: string; dueDate: string };
  annualInterestRate?: string;
  installments: { number: number; dueDate: string; amount: string }[];
}

export interface InteractionRecordedData {
  interactionId: string;
  debtorId: string;
  accountIds: string[];
  party: { id: string; role: PartyRole };
  channel: Channel;
  direction: Direction;
  purpose: Purpose;
  occurredAt: string;
  durationSeconds?: number;
  agentId?: string;
  automatedChannelId?: string;
  outcomeCode: string;
  rightPartyContact: boolean;
  notes?: string;
  recordingReference?: string;
  sourceSystem: string;
  sourceReference: string;
  policy: { allowed: boolean; reasons: string[] };
  promises: AgreedPromiseTerms[];
  paymentPlan?: AgreedPlanTerms;
  recordedAt: string;
}

const promiseTermsSchema = {
  type: 'object',
  required: ['promiseId', 'accountId', 'amount', 'currency', 'dueDate'],
  additionalProperties: false,
  properties: {
    promiseId: Fragments.uuid,
    accountId: Fragments.bankId,
    amount: Fragments.amount,
    currency: Fragments.currency,
    dueDate: Fragments.businessDate,
    graceDays: { type: 'integer', minimum: 0, maximum: 30 },
  },
} as const;

const planTermsSchema = {
  type: 'object',
  required: ['planId', 'accountId', 'currency', 'totalAmount', 'installments'],
  additionalProperties: false,
  properties: {
    planId: Fragments.uuid,
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
  },
} as const;

export const interactionEvents: EventDefinition[] = [
  {
    type: InteractionEventTypes.recorded,
    topic: Topics.interactions,
    summary: 'An interaction with a debtor or another party was recorded (gestión de cobranza).',
    dataSchema: {
      type: 'object',
      required: [
        'interactionId', 'debtorId', 'accountIds', 'party', 'channel', 'direction', 'purpose', 'occurredAt',
        'outcomeCode', 'rightPartyContact', 'sourceSystem', 'sourceReference', 'policy', 'promises', 'recordedAt',
      ],
      additionalProperties: false,
      properties: {
        interactionId: Fragments.uuid,
        debtorId: Fragments.bankId,
        accountIds: { type: 'array', items: Fragments.bankId, maxItems: 50 },
        party: {
          type: 'object',
          required: ['id', 'role'],
          additionalProperties: false,
          properties: { id: Fragments.bankId, role: { enum: [...PARTY_ROLES] } },
        },
        channel: { enum: [...CHANNELS] },
        direction: { enum: [...DIRECTIONS] },
        purpose: { enum: [...PURPOSES] },
        occurredAt: Fragments.instant,
        durationSeconds: { type: 'integer', minimum: 0, maximum: 86400 },
        agentId: { type: 'string', maxLength: 100 },
        automatedChannelId: { type: 'string', maxLength: 100 },
        outcomeCode: { type: 'string', pattern: '^[A-Z][A-Z0-9_]{1,63}$' },
        rightPartyContact: { type: 'boolean' },
        notes: { type: 'string', maxLength: 4000 },
        recordingReference: { type: 'string', maxLength: 500 },
        sourceSystem: { type: 'string', minLength: 1, maxLength: 100 },
        sourceReference: { type: 'string', minLength: 1, maxLength: 200 },
        policy: {
          type: 'object',
          required: ['allowed', 'reasons'],
          additionalProperties: false,
          properties: { allowed: { type: 'boolean' }, reasons: { type: 'array', items: { type: 'string' } } },
        },
        promises: { type: 'array', items: promiseTermsSchema, maxItems: 20 },
        paymentPlan: planTermsSchema,
        recordedAt: Fragments.instant,
      },
    },
    example: {
      interactionId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a11',
      debtorId: 'CC-1020304050',
      accountIds: ['CRED-0042-7781'],
      party: { id: 'CC-1020304050', role: 'debtor' },
      channel: 'phone_call',
      direction: 'outbound',
      purpose: 'collection',
      occurredAt: '2026-03-10T15:30:00Z',
      durationSeconds: 245,
      agentId: 'ag-17',
      outcomeCode: 'PROMISE_TO_PAY',
      rightPartyContact: true,
      sourceSystem: 'crm-main',
      sourceReference: 'CALL-99812',
      policy: { allowed: true, reasons: [] },
      promises: [
        {
          promiseId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a12',
          accountId: 'CRED-0042-7781',
          amount: '150000.00',
          currency: 'COP',
          dueDate: '2026-03-13',
          graceDays: 2,
        },
      ],
      recordedAt: '2026-03-10T15:34:05Z',
    },
  },
];
