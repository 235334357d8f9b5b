import { EventDefinition, Fragments } from '../../event-definition';
import { Topics } from '../../topics';
import { Channel, CHANNELS, InteractionFragments, VISIT_EXCEPTION_KINDS, VisitExceptionKind } from './vocabulary';

/** Events of the records the contact policy reads: consents, opt-outs, alternative hours, visit exceptions. */
export const ContactPreferenceEventTypes = {
  consentGranted: 'co.collections.contact-consent.granted.v1',
  consentRevoked: 'co.collections.contact-consent.revoked.v1',
  optOutRecorded: 'co.collections.contact-opt-out.recorded.v1',
  optOutWithdrawn: 'co.collections.contact-opt-out.withdrawn.v1',
  alternativeHoursAuthorized: 'co.collections.alternative-hours.authorized.v1',
  alternativeHoursRevoked: 'co.collections.alternative-hours.revoked.v1',
  visitExceptionRecorded: 'co.collections.visit-exception.recorded.v1',
  visitExceptionRevoked: 'co.collections.visit-exception.revoked.v1',
} as const;

export interface ContactConsentGrantedData {
  consentId: string;
  debtorId: string;
  partyId: string;
  channel: Channel;
  grantedAt: string;
  evidence: string;
}

export interface ContactOptOutRecordedData {
  optOutId: string;
  debtorId: string;
  partyId: string;
  /** Null when the person opted out of every channel. */
  channel: Channel | null;
  requestedAt: string;
  evidence?: string;
  reason?: string;
}

export interface AuthorizedWindowData {
  weekdays: number[];
  start: string;
  end: string;
  includesPublicHolidays: boolean;
}

export interface AlternativeHoursAuthorizedData {
  authorizationId: string;
  debtorId: string;
  partyId: string;
  validFrom: string;
  validUntil: string | null;
  windows: AuthorizedWindowData[];
  evidence: string;
}

export interface VisitExceptionRecordedData {
  exceptionId: string;
  debtorId: string;
  kind: VisitExceptionKind;
  accountId: string | null;
  recordedAt: string;
  evidence: string;
}

/** The end of a consent, opt-out, authorization or visit exception; the record itself is kept. */
export interface PreferenceEndedData {
  recordId: string;
  debtorId: string;
  partyId?: string;
  endedAt: string;
  reason: string;
}

const endedSchema = {
  type: 'object',
  required: ['recordId', 'debtorId', 'endedAt', 'reason'],
  additionalProperties: false,
  properties: {
    recordId: Fragments.uuid,
    debtorId: Fragments.bankId,
    partyId: Fragments.bankId,
    endedAt: Fragments.instant,
    reason: InteractionFragments.reason,
  },
} as const;

const endedExample = {
  recordId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a20',
  debtorId: 'CC-1020304050',
  partyId: 'CC-1020304050',
  endedAt: '2026-04-01T14:00:00Z',
  reason: 'El titular lo solicitó por escrito.',
};

const ended = (type: string, summary: string): EventDefinition => ({ type, topic: Topics.interactions, summary, dataSchema: endedSchema, example: endedExample });

export const preferenceEvents: EventDefinition[] = [
  {
    type: ContactPreferenceEventTypes.consentGranted,
    topic: Topics.interactions,
    summary: 'A person authorized contact on a channel, with the evidence (Ley 2300 de 2023, art. 2).',
    dataSchema: {
      type: 'object',
      required: ['consentId', 'debtorId', 'partyId', 'channel', 'grantedAt', 'evidence'],
      additionalProperties: false,
      properties: {
        consentId: Fragments.uuid,
        debtorId: Fragments.bankId,
        partyId: Fragments.bankId,
        channel: InteractionFragments.channel,
        grantedAt: Fragments.instant,
        evidence: InteractionFragments.evidence,
      },
    },
    example: {
      consentId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a20',
      debtorId: 'CC-1020304050',
      partyId: 'CC-1020304050',
      channel: 'whatsapp',
      grantedAt: '2026-01-15T14:00:00Z',
      evidence: 'formulario-firmado-8812',
    },
  },
  ended(ContactPreferenceEventTypes.consentRevoked, 'A person withdrew the authorization to be contacted on a channel.'),
  {
    type: ContactPreferenceEventTypes.optOutRecorded,
    topic: Topics.interactions,
    summary: 'A person asked not to be contacted on a channel, or on any channel.',
    dataSchema: {
      type: 'object',
      required: ['optOutId', 'debtorId', 'partyId', 'channel', 'requestedAt'],
      additionalProperties: false,
      properties: {
        optOutId: Fragments.uuid,
        debtorId: Fragments.bankId,
        partyId: Fragments.bankId,
        channel: { enum: [...CHANNELS, null] },
        requestedAt: Fragments.instant,
        evidence: InteractionFragments.evidence,
        reason: InteractionFragments.reason,
      },
    },
    example: {
      optOutId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a21',
      debtorId: 'CC-1020304050',
      partyId: 'CC-1020304050',
      channel: 'sms',
      requestedAt: '2026-02-01T15:00:00Z',
      evidence: 'sms-respuesta-STOP-5531',
    },
  },
  ended(ContactPreferenceEventTypes.optOutWithdrawn, 'A person withdrew an opt-out; the channel may be used again if authorized.'),
  {
    type: ContactPreferenceEventTypes.alternativeHoursAuthorized,
    topic: Topics.interactions,
    summary: 'A person signed an authorization to be contacted outside the statutory hours (Ley 2300 de 2023, art. 3).',
    dataSchema: {
      type: 'object',
      required: ['authorizationId', 'debtorId', 'partyId', 'validFrom', 'validUntil', 'windows', 'evidence'],
      additionalProperties: false,
      properties: {
        authorizationId: Fragments.uuid,
        debtorId: Fragments.bankId,
        partyId: Fragments.bankId,
        validFrom: Fragments.instant,
        validUntil: InteractionFragments.nullableInstant,
        windows: {
          type: 'array',
          minItems: 1,
          maxItems: 14,
          items: {
            type: 'object',
            required: ['weekdays', 'start', 'end', 'includesPublicHolidays'],
            additionalProperties: false,
            properties: {
              weekdays: { type: 'array', minItems: 1, maxItems: 7, items: { type: 'integer', minimum: 1, maximum: 7 } },
              start: InteractionFragments.localTime,
              end: InteractionFragments.localTime,
              includesPublicHolidays: { type: 'boolean' },
            },
          },
        },
        evidence: InteractionFragments.evidence,
      },
    },
    example: {
      authorizationId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a22',
      debtorId: 'CC-1020304050',
      partyId: 'CC-1020304050',
      validFrom: '2026-03-01T05:00:00Z',
      validUntil: null,
      windows: [{ weekdays: [1, 2, 3, 4, 5], start: '19:00', end: '21:00', includesPublicHolidays: false }],
      evidence: 'autorizacion-horario-firmada-0042',
    },
  },
  ended(ContactPreferenceEventTypes.alternativeHoursRevoked, 'An alternative-hours authorization was revoked before it expired.'),
  {
    type: ContactPreferenceEventTypes.visitExceptionRecorded,
    topic: Topics.interactions,
    summary: 'A condition under which Ley 2300 de 2023, art. 6 allows a collection visit was recorded for a debtor.',
    dataSchema: {
      type: 'object',
      required: ['exceptionId', 'debtorId', 'kind', 'accountId', 'recordedAt', 'evidence'],
      additionalProperties: false,
      properties: {
        exceptionId: Fragments.uuid,
        debtorId: Fragments.bankId,
        kind: { enum: [...VISIT_EXCEPTION_KINDS] },
        accountId: { anyOf: [Fragments.bankId, { type: 'null' }] },
        recordedAt: Fragments.instant,
        evidence: InteractionFragments.evidence,
      },
    },
    example: {
      exceptionId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a23',
      debtorId: 'CC-1020304050',
      kind: 'microcredit',
      accountId: 'CRED-0042-7781',
      recordedAt: '2026-03-01T15:00:00Z',
      evidence: 'contrato-microcredito-0042',
    },
  },
  ended(ContactPreferenceEventTypes.visitExceptionRevoked, 'A recorded visit exception no longer applies.'),
];
