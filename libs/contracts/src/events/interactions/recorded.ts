import { EventDefinition, Fragments } from '../../event-definition';
import { Topics } from '../../topics';
import { AgreedPlanTerms, AgreedPromiseTerms, planTermsSchema, promiseTermsSchema } from './agreed-terms';
import { Channel, Direction, InteractionFragments, nextActionSchema, NextActionTerms, PartyRole, Purpose } from './vocabulary';

export const InteractionRecordTypes = {
  recorded: 'co.collections.interaction.recorded.v1',
  amended: 'co.collections.interaction.amended.v1',
} as const;

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
  /** The contact-policy decision on the contact as recorded; `reasons` are denial codes. */
  policy: { allowed: boolean; reasons: string[]; decisionId?: string };
  promises: AgreedPromiseTerms[];
  paymentPlan?: AgreedPlanTerms;
  nextAction?: NextActionTerms;
  recordedAt: string;
}

/** One corrected field of an interaction, with its value before and after the amendment. */
export interface AmendedField {
  field: 'outcomeCode' | 'notes' | 'durationSeconds' | 'recordingReference';
  previous: string | number | null;
  current: string | number | null;
}

export interface InteractionAmendedData {
  amendmentId: string;
  interactionId: string;
  debtorId: string;
  accountIds: string[];
  changes: AmendedField[];
  reason: string;
  amendedAt: string;
}

const amendedValue = { type: ['string', 'integer', 'null'], maxLength: 4000 } as const;

export const recordedEvents: EventDefinition[] = [
  {
    type: InteractionRecordTypes.recorded,
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
        accountIds: InteractionFragments.accountIds,
        party: InteractionFragments.party,
        channel: InteractionFragments.channel,
        direction: InteractionFragments.direction,
        purpose: InteractionFragments.purpose,
        occurredAt: Fragments.instant,
        durationSeconds: { type: 'integer', minimum: 0, maximum: 86400 },
        agentId: { type: 'string', maxLength: 100 },
        automatedChannelId: { type: 'string', maxLength: 100 },
        outcomeCode: InteractionFragments.outcomeCode,
        rightPartyContact: { type: 'boolean' },
        notes: { type: 'string', maxLength: 4000 },
        recordingReference: { type: 'string', maxLength: 500 },
        sourceSystem: { type: 'string', minLength: 1, maxLength: 100 },
        sourceReference: { type: 'string', minLength: 1, maxLength: 200 },
        policy: {
          type: 'object',
          required: ['allowed', 'reasons'],
          additionalProperties: false,
          properties: { allowed: { type: 'boolean' }, reasons: { type: 'array', items: { type: 'string' } }, decisionId: Fragments.uuid },
        },
        promises: { type: 'array', items: promiseTermsSchema, maxItems: 20 },
        paymentPlan: planTermsSchema,
        nextAction: nextActionSchema,
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
      policy: { allowed: true, reasons: [], decisionId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a10' },
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
      nextAction: { dueAt: '2026-03-16T14:00:00Z', action: 'CHECK_PROMISE', assigneeId: 'ag-17' },
      recordedAt: '2026-03-10T15:34:05Z',
    },
  },
  {
    type: InteractionRecordTypes.amended,
    topic: Topics.interactions,
    summary: 'A recorded interaction was corrected; the original stays unchanged and the amendment names what changed and why.',
    dataSchema: {
      type: 'object',
      required: ['amendmentId', 'interactionId', 'debtorId', 'accountIds', 'changes', 'reason', 'amendedAt'],
      additionalProperties: false,
      properties: {
        amendmentId: Fragments.uuid,
        interactionId: Fragments.uuid,
        debtorId: Fragments.bankId,
        accountIds: InteractionFragments.accountIds,
        changes: {
          type: 'array',
          minItems: 1,
          maxItems: 4,
          items: {
            type: 'object',
            required: ['field', 'previous', 'current'],
            additionalProperties: false,
            properties: {
              field: { enum: ['outcomeCode', 'notes', 'durationSeconds', 'recordingReference'] },
              previous: amendedValue,
              current: amendedValue,
            },
          },
        },
        reason: InteractionFragments.reason,
        amendedAt: Fragments.instant,
      },
    },
    example: {
      amendmentId: '0193b6a4-0000-7000-8000-000000000001',
      interactionId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a11',
      debtorId: 'CC-1020304050',
      accountIds: ['CRED-0042-7781'],
      changes: [{ field: 'outcomeCode', previous: 'NO_ANSWER', current: 'VOICEMAIL_LEFT' }],
      reason: 'El agente seleccionó el resultado equivocado.',
      amendedAt: '2026-03-10T16:00:00Z',
    },
  },
];
