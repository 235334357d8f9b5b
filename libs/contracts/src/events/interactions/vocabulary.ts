import { Fragments } from '../../event-definition';

export const PARTY_ROLES = ['debtor', 'co_debtor', 'guarantor', 'reference', 'third_party'] as const;
export const CHANNELS = ['phone_call', 'sms', 'email', 'whatsapp', 'automated_voice', 'push_notification', 'letter', 'visit'] as const;
export const DIRECTIONS = ['outbound', 'inbound'] as const;
export const PURPOSES = ['collection', 'information_requested', 'transaction_confirmation', 'fraud_alert'] as const;
/** Conditions under which Ley 2300 de 2023, art. 6 allows a collection visit. */
export const VISIT_EXCEPTION_KINDS = ['microcredit', 'development_credit', 'rural_credit_express_authorization', 'no_channel_works'] as const;
export const AGREEMENT_KINDS = ['promise', 'payment_plan'] as const;

export type PartyRole = (typeof PARTY_ROLES)[number];
export type Channel = (typeof CHANNELS)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Purpose = (typeof PURPOSES)[number];
export type VisitExceptionKind = (typeof VISIT_EXCEPTION_KINDS)[number];
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

/** Schema fragments shared by the events of the interactions topics. */
export const InteractionFragments = {
  party: {
    type: 'object',
    required: ['id', 'role'],
    additionalProperties: false,
    properties: { id: Fragments.bankId, role: { enum: [...PARTY_ROLES] } },
  },
  channel: { enum: [...CHANNELS] },
  direction: { enum: [...DIRECTIONS] },
  purpose: { enum: [...PURPOSES] },
  outcomeCode: { type: 'string', pattern: '^[A-Z][A-Z0-9_]{1,63}$' },
  actionCode: { type: 'string', pattern: '^[A-Z][A-Z0-9_]{1,63}$' },
  personId: { type: 'string', minLength: 1, maxLength: 100 },
  evidence: { type: 'string', minLength: 1, maxLength: 500 },
  reason: { type: 'string', minLength: 1, maxLength: 1000 },
  accountIds: { type: 'array', items: Fragments.bankId, maxItems: 50 },
  localTime: { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$' },
  nullableInstant: { anyOf: [Fragments.instant, { type: 'null' }] },
} as const;

/** A follow-up scheduled for an account: when, what and who. */
export interface NextActionTerms {
  dueAt: string;
  action: string;
  assigneeId?: string;
  notes?: string;
}

export const nextActionSchema = {
  type: 'object',
  required: ['dueAt', 'action'],
  additionalProperties: false,
  properties: {
    dueAt: Fragments.instant,
    action: InteractionFragments.actionCode,
    assigneeId: InteractionFragments.personId,
    notes: { type: 'string', maxLength: 1000 },
  },
} as const;
