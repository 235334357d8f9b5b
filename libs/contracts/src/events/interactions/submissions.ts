import { EventDefinition, Fragments } from '../../event-definition';
import { Topics } from '../../topics';
import { submittedPlanTermsSchema, submittedPromiseTermsSchema } from './agreed-terms';
import { Channel, Direction, InteractionFragments, nextActionSchema, NextActionTerms, PartyRole, Purpose } from './vocabulary';

/**
 * Commands that automated channels (dialers, SMS and WhatsApp platforms) publish to
 * `collections.interaction-submissions.v1`. The interactions service records each one exactly as
 * it records `POST /v1/interactions`, and announces it with `co.collections.interaction.recorded.v1`.
 */
export const InteractionCommandTypes = {
  submit: 'co.collections.interaction.submit.v1',
} as const;

export interface InteractionSubmissionData {
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
  notes?: string;
  recordingReference?: string;
  sourceSystem: string;
  sourceReference: string;
  promises?: { accountId: string; amount: string; currency: string; dueDate: string; graceDays?: number }[];
  paymentPlan?: {
    accountId: string;
    currency: string;
    totalAmount: string;
    downPayment?: { amount: string; dueDate: string };
    annualInterestRate?: string;
    installments: { number: number; dueDate: string; amount: string }[];
  };
  nextAction?: NextActionTerms;
}

export const submissionEvents: EventDefinition[] = [
  {
    type: InteractionCommandTypes.submit,
    topic: Topics.interactionSubmissions,
    summary:
      'Command from an automated channel to record an interaction. Idempotent by (sourceSystem, sourceReference): ' +
      'a resubmission records nothing new. Invalid commands go to the dead-letter topic with the reason.',
    dataSchema: {
      type: 'object',
      required: ['debtorId', 'accountIds', 'party', 'channel', 'direction', 'purpose', 'occurredAt', 'outcomeCode', 'sourceSystem', 'sourceReference'],
      additionalProperties: false,
      properties: {
        debtorId: Fragments.bankId,
        accountIds: InteractionFragments.accountIds,
        party: InteractionFragments.party,
        channel: InteractionFragments.channel,
        direction: InteractionFragments.direction,
        purpose: InteractionFragments.purpose,
        occurredAt: Fragments.instant,
        durationSeconds: { type: 'integer', minimum: 0, maximum: 86400 },
        agentId: InteractionFragments.personId,
        automatedChannelId: InteractionFragments.personId,
        outcomeCode: InteractionFragments.outcomeCode,
        notes: { type: 'string', maxLength: 4000 },
        recordingReference: { type: 'string', maxLength: 500 },
        sourceSystem: { type: 'string', minLength: 1, maxLength: 100 },
        sourceReference: { type: 'string', minLength: 1, maxLength: 200 },
        promises: { type: 'array', items: submittedPromiseTermsSchema, maxItems: 20 },
        paymentPlan: submittedPlanTermsSchema,
        nextAction: nextActionSchema,
      },
    },
    example: {
      debtorId: 'CC-1020304050',
      accountIds: ['CRED-0042-7781'],
      party: { id: 'CC-1020304050', role: 'debtor' },
      channel: 'automated_voice',
      direction: 'outbound',
      purpose: 'collection',
      occurredAt: '2026-03-10T10:05:00-05:00',
      durationSeconds: 0,
      automatedChannelId: 'dialer-ivr-2',
      outcomeCode: 'NO_ANSWER',
      sourceSystem: 'dialer-ivr',
      sourceReference: 'ATTEMPT-5518273',
    },
  },
];
