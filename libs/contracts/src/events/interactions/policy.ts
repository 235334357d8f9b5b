import { EventDefinition, Fragments } from '../../event-definition';
import { Topics } from '../../topics';
import { Channel, Direction, InteractionFragments, PartyRole, Purpose } from './vocabulary';

export const ContactPolicyEventTypes = {
  policyChecked: 'co.collections.contact-policy.checked.v1',
  policyViolationDetected: 'co.collections.contact-policy.violation-detected.v1',
} as const;

/** One reason a contact is denied: the code, the rule and its settings version, and the values behind it. */
export interface PolicyDenialReason {
  code: string;
  ruleId: string;
  ruleVersion: number;
  details: Record<string, string | number>;
}

export interface AppliedRule {
  ruleId: string;
  ruleVersion: number;
}

export interface ContactPolicyCheckedData {
  decisionId: string;
  debtorId: string;
  party: { id: string; role: PartyRole };
  channel: Channel;
  direction: Direction;
  purpose: Purpose;
  accountIds: string[];
  instant: string;
  outcome: 'allowed' | 'denied';
  reasons: PolicyDenialReason[];
  nextAllowedAt: string | null;
  appliedRules: AppliedRule[];
  decidedAt: string;
}

export interface ContactPolicyViolationDetectedData {
  decisionId: string;
  interactionId: string;
  debtorId: string;
  party: { id: string; role: PartyRole };
  channel: Channel;
  direction: Direction;
  purpose: Purpose;
  accountIds: string[];
  occurredAt: string;
  agentId?: string;
  automatedChannelId?: string;
  sourceSystem: string;
  sourceReference: string;
  reasons: PolicyDenialReason[];
  appliedRules: AppliedRule[];
  detectedAt: string;
}

const ruleReference = {
  ruleId: { type: 'string', minLength: 1, maxLength: 100 },
  ruleVersion: { type: 'integer', minimum: 1 },
} as const;

const reasonsSchema = {
  type: 'array',
  maxItems: 20,
  items: {
    type: 'object',
    required: ['code', 'ruleId', 'ruleVersion', 'details'],
    additionalProperties: false,
    properties: {
      code: { type: 'string', pattern: '^[A-Z][A-Z0-9_]{1,63}$' },
      ...ruleReference,
      details: { type: 'object', additionalProperties: { type: ['string', 'number'] } },
    },
  },
} as const;

const appliedRulesSchema = {
  type: 'array',
  maxItems: 50,
  items: { type: 'object', required: ['ruleId', 'ruleVersion'], additionalProperties: false, properties: ruleReference },
} as const;

const contactProperties = {
  decisionId: Fragments.uuid,
  debtorId: Fragments.bankId,
  party: InteractionFragments.party,
  channel: InteractionFragments.channel,
  direction: InteractionFragments.direction,
  purpose: InteractionFragments.purpose,
  accountIds: InteractionFragments.accountIds,
  reasons: reasonsSchema,
  appliedRules: appliedRulesSchema,
} as const;

const exampleReason = {
  code: 'OUTSIDE_CONTACT_WINDOW',
  ruleId: 'contact_window',
  ruleVersion: 1,
  details: { localTime: '20:15', window: '07:00-19:00' },
};
const exampleRules = [
  { ruleId: 'collection_scope', ruleVersion: 1 },
  { ruleId: 'contact_window', ruleVersion: 1 },
];

export const policyEvents: EventDefinition[] = [
  {
    type: ContactPolicyEventTypes.policyChecked,
    topic: Topics.interactions,
    summary: 'A dialer or CRM asked whether a contact may be made; the decision, allowed or denied, is kept as evidence (Ley 2300 de 2023).',
    dataSchema: {
      type: 'object',
      required: ['decisionId', 'debtorId', 'party', 'channel', 'direction', 'purpose', 'accountIds', 'instant', 'outcome', 'reasons', 'nextAllowedAt', 'appliedRules', 'decidedAt'],
      additionalProperties: false,
      properties: {
        ...contactProperties,
        instant: Fragments.instant,
        outcome: { enum: ['allowed', 'denied'] },
        nextAllowedAt: InteractionFragments.nullableInstant,
        decidedAt: Fragments.instant,
      },
    },
    example: {
      decisionId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a10',
      debtorId: 'CC-1020304050',
      party: { id: 'CC-1020304050', role: 'debtor' },
      channel: 'phone_call',
      direction: 'outbound',
      purpose: 'collection',
      accountIds: ['CRED-0042-7781'],
      instant: '2026-03-11T01:15:00Z',
      outcome: 'denied',
      reasons: [exampleReason],
      nextAllowedAt: '2026-03-11T12:00:00Z',
      appliedRules: exampleRules,
      decidedAt: '2026-03-11T01:15:00Z',
    },
  },
  {
    type: ContactPolicyEventTypes.policyViolationDetected,
    topic: Topics.interactions,
    summary: 'An outbound contact was recorded although the contact policy denies it; the interaction is stored all the same.',
    dataSchema: {
      type: 'object',
      required: [
        'decisionId', 'interactionId', 'debtorId', 'party', 'channel', 'direction', 'purpose', 'accountIds', 'occurredAt',
        'sourceSystem', 'sourceReference', 'reasons', 'appliedRules', 'detectedAt',
      ],
      additionalProperties: false,
      properties: {
        ...contactProperties,
        interactionId: Fragments.uuid,
        occurredAt: Fragments.instant,
        agentId: { type: 'string', maxLength: 100 },
        automatedChannelId: { type: 'string', maxLength: 100 },
        sourceSystem: { type: 'string', minLength: 1, maxLength: 100 },
        sourceReference: { type: 'string', minLength: 1, maxLength: 200 },
        detectedAt: Fragments.instant,
      },
    },
    example: {
      decisionId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a10',
      interactionId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a11',
      debtorId: 'CC-1020304050',
      party: { id: 'CC-1020304050', role: 'debtor' },
      channel: 'phone_call',
      direction: 'outbound',
      purpose: 'collection',
      accountIds: ['CRED-0042-7781'],
      occurredAt: '2026-03-11T01:15:00Z',
      agentId: 'ag-17',
      sourceSystem: 'dialer-1',
      sourceReference: 'CALL-100234',
      reasons: [exampleReason],
      appliedRules: exampleRules,
      detectedAt: '2026-03-11T01:16:02Z',
    },
  },
];
