import { EventDefinition, Fragments } from '../../event-definition';
import { Topics } from '../../topics';
import { AGREEMENT_KINDS, AgreementKind, Channel, CHANNELS, InteractionFragments } from './vocabulary';

/** Events of the settings administrators change: the outcome catalog and the holiday overrides. */
export const AdministrationEventTypes = {
  outcomeCodeDefined: 'co.collections.outcome-code.defined.v1',
  outcomeCodeChanged: 'co.collections.outcome-code.changed.v1',
  holidayOverrideRecorded: 'co.collections.holiday-override.recorded.v1',
} as const;

/** An outcome code of the catalog (tipificación) as it stands after the change. */
export interface OutcomeCodeData {
  code: string;
  labelEs: string;
  labelEn: string;
  isAttempt: boolean;
  isRightPartyContact: boolean;
  isPromise: boolean;
  isDispute: boolean;
  agreementKind: AgreementKind | null;
  /** Channels on which the code may be used; null for every channel. */
  channels: Channel[] | null;
  active: boolean;
  version: number;
}

export interface HolidayOverrideRecordedData {
  overrideId: string;
  action: 'add' | 'remove';
  date: string;
  name?: string;
  reason: string;
  recordedAt: string;
}

const outcomeCodeSchema = {
  type: 'object',
  required: ['code', 'labelEs', 'labelEn', 'isAttempt', 'isRightPartyContact', 'isPromise', 'isDispute', 'agreementKind', 'channels', 'active', 'version'],
  additionalProperties: false,
  properties: {
    code: InteractionFragments.outcomeCode,
    labelEs: { type: 'string', minLength: 1, maxLength: 200 },
    labelEn: { type: 'string', minLength: 1, maxLength: 200 },
    isAttempt: { type: 'boolean' },
    isRightPartyContact: { type: 'boolean' },
    isPromise: { type: 'boolean' },
    isDispute: { type: 'boolean' },
    agreementKind: { enum: [...AGREEMENT_KINDS, null] },
    channels: { anyOf: [{ type: 'array', minItems: 1, items: { enum: [...CHANNELS] } }, { type: 'null' }] },
    active: { type: 'boolean' },
    version: { type: 'integer', minimum: 1 },
  },
} as const;

const outcomeCodeExample = {
  code: 'PAYMENT_LINK_SENT',
  labelEs: 'Enlace de pago enviado',
  labelEn: 'Payment link sent',
  isAttempt: true,
  isRightPartyContact: false,
  isPromise: false,
  isDispute: false,
  agreementKind: null,
  channels: ['sms', 'whatsapp', 'email'],
  active: true,
  version: 1,
};

export const administrationEvents: EventDefinition[] = [
  {
    type: AdministrationEventTypes.outcomeCodeDefined,
    topic: Topics.interactions,
    summary: 'An administrator added an outcome code to the catalog.',
    dataSchema: outcomeCodeSchema,
    example: outcomeCodeExample,
  },
  {
    type: AdministrationEventTypes.outcomeCodeChanged,
    topic: Topics.interactions,
    summary: 'An administrator changed the labels, channels or availability of an outcome code.',
    dataSchema: outcomeCodeSchema,
    example: { ...outcomeCodeExample, channels: ['sms', 'whatsapp'], version: 2 },
  },
  {
    type: AdministrationEventTypes.holidayOverrideRecorded,
    topic: Topics.interactions,
    summary: 'An administrator added or removed a public holiday ahead of a release, changing the contact calendar.',
    dataSchema: {
      type: 'object',
      required: ['overrideId', 'action', 'date', 'reason', 'recordedAt'],
      additionalProperties: false,
      properties: {
        overrideId: Fragments.uuid,
        action: { enum: ['add', 'remove'] },
        date: Fragments.businessDate,
        name: { type: 'string', minLength: 1, maxLength: 200 },
        reason: InteractionFragments.reason,
        recordedAt: Fragments.instant,
      },
    },
    example: {
      overrideId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a40',
      action: 'add',
      date: '2027-07-12',
      name: 'Festivo nuevo por ley',
      reason: 'Ley publicada antes de la siguiente versión.',
      recordedAt: '2027-06-01T15:00:00Z',
    },
  },
];
