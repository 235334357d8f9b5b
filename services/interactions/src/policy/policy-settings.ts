import { InvalidDateTimeError, parseLocalTime } from '@bitacora/domain';

import { ContactChannel } from './contact';
import { VISIT_EXCEPTION_KINDS, VisitExceptionKind } from './contact-facts';

/**
 * A named rule whose settings an administrator may change as interpretations change. The
 * version must be raised with every change, so each decision names the settings that produced it.
 */
export interface RuleSetting {
  readonly id: string;
  readonly version: number;
  /** Statement of the rule and its legal source. */
  readonly description: string;
}

/** A Bogota local-time window, 'HH:MM'; `start` is inclusive and `end` exclusive. */
export interface LocalWindow {
  readonly start: string;
  readonly end: string;
}

export type ContactCountingMode = 'every_outbound_attempt' | 'two_way_conversation';
export type WeekDefinition = 'calendar' | 'rolling_7_days';

export interface ContactPolicySettings {
  readonly collectionScope: RuleSetting;
  readonly contactWindow: RuleSetting & { readonly weekdays: LocalWindow; readonly saturday: LocalWindow };
  readonly channelAuthorization: RuleSetting & { readonly channelsWithoutConsent: readonly ContactChannel[] };
  readonly optOut: RuleSetting;
  readonly nonObligors: RuleSetting;
  readonly visits: RuleSetting & { readonly acceptedExceptions: readonly VisitExceptionKind[] };
  readonly contactCounting: RuleSetting & { readonly contactCountsAs: ContactCountingMode };
  readonly dailyLimit: RuleSetting & { readonly maxContactsPerDay: number };
  readonly weeklyChannelLock: RuleSetting & { readonly maxChannelsPerWeek: number; readonly week: WeekDefinition };
  readonly openDispute: RuleSetting & { readonly disputeBlocksContact: boolean };
  readonly pendingPromise: RuleSetting & { readonly promisePendingBlocksContact: boolean };
  /** Days ahead that the engine searches for the next allowed instant before returning null. */
  readonly nextAllowedSearchDays: number;
}

/**
 * Conservative defaults. Where the Superintendencia Financiera's opinions disagree (what counts
 * as a contact, what a week is), the stricter reading is chosen.
 */
export const DEFAULT_CONTACT_POLICY_SETTINGS: ContactPolicySettings = {
  collectionScope: {
    id: 'collection_scope',
    version: 1,
    description:
      'Only outbound collection contacts are judged and counted. Information the consumer requested, transaction confirmations and fraud alerts are not collection (Ley 2300 de 2023, art. 8), and contacts the consumer starts are answered at any time.',
  },
  contactWindow: {
    id: 'contact_window',
    version: 1,
    description:
      'Collection contact Monday to Friday 07:00–19:00 and Saturday 08:00–15:00 Bogota time, never on Sundays or public holidays, unless the person signed an authorization for other hours (Ley 2300 de 2023, art. 3; Ley 1328 de 2009, art. 7(h)).',
    weekdays: { start: '07:00', end: '19:00' },
    saturday: { start: '08:00', end: '15:00' },
  },
  channelAuthorization: {
    id: 'channel_authorization',
    version: 1,
    description:
      'Contact only through channels the person authorized, with the date and evidence of the authorization (Ley 2300 de 2023, art. 2). Visits are governed by their own rule (art. 6).',
    channelsWithoutConsent: ['visit'],
  },
  optOut: {
    id: 'opt_out',
    version: 1,
    description:
      'A person who withdrew the authorization for a channel, or for every channel, is not contacted on it (Ley 2300 de 2023, art. 2).',
  },
  nonObligors: {
    id: 'non_obligors',
    version: 1,
    description:
      'References are never contacted for collection; co-debtors and guarantors follow the debtor’s rules (Ley 2300 de 2023, art. 4). Other third parties owe nothing and are not contacted for collection either.',
  },
  visits: {
    id: 'collection_visits',
    version: 1,
    description:
      'No collection visits to home or work except for microcredit, development (fomento) credit, rural credit with express authorization, or when no other channel works (Ley 2300 de 2023, art. 6). The accepted exceptions are a setting while their reading is confirmed.',
    acceptedExceptions: [...VISIT_EXCEPTION_KINDS],
  },
  contactCounting: {
    id: 'contact_counting',
    version: 1,
    description:
      'What counts as a contact for the limits of Ley 2300 de 2023, art. 3. The Superintendencia Financiera has read it both as a two-way conversation and as any call dialed or message sent; the default counts every outbound attempt.',
    contactCountsAs: 'every_outbound_attempt',
  },
  dailyLimit: {
    id: 'daily_contact_limit',
    version: 1,
    description: 'At most one collection contact per person per Bogota day, on any channel (Ley 2300 de 2023, art. 3).',
    maxContactsPerDay: 1,
  },
  weeklyChannelLock: {
    id: 'weekly_channel_lock',
    version: 1,
    description:
      'A person is not contacted through several channels in the same week: the first counted contact of the week fixes its channel (Ley 2300 de 2023, art. 3). The default week is the calendar week, Monday to Sunday.',
    maxChannelsPerWeek: 1,
    week: 'calendar',
  },
  openDispute: {
    id: 'open_dispute',
    version: 1,
    description:
      'Collection contact pauses for an account while the debtor contests its debt. This is industry practice and respectful collection (Ley 1328 de 2009, art. 7(h)), not an explicit statutory ban.',
    disputeBlocksContact: true,
  },
  pendingPromise: {
    id: 'pending_promise',
    version: 1,
    description:
      'Optionally pause collection contact for an account while a promise to pay is pending, until its due date plus grace days have passed. Not a statutory rule, so it is off by default.',
    promisePendingBlocksContact: false,
  },
  nextAllowedSearchDays: 31,
};

export class InvalidContactPolicySettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidContactPolicySettingsError';
  }
}

/** Throws InvalidContactPolicySettingsError naming the first setting that is out of range. */
export function validateContactPolicySettings(settings: ContactPolicySettings): void {
  const rules: RuleSetting[] = [
    settings.collectionScope,
    settings.contactWindow,
    settings.channelAuthorization,
    settings.optOut,
    settings.nonObligors,
    settings.visits,
    settings.contactCounting,
    settings.dailyLimit,
    settings.weeklyChannelLock,
    settings.openDispute,
    settings.pendingPromise,
  ];
  for (const rule of rules) {
    requireWholeNumber(`${rule.id}.version`, rule.version, 1, Number.MAX_SAFE_INTEGER);
  }

  validateWindow('contact_window.weekdays', settings.contactWindow.weekdays);
  validateWindow('contact_window.saturday', settings.contactWindow.saturday);
  requireWholeNumber('daily_contact_limit.maxContactsPerDay', settings.dailyLimit.maxContactsPerDay, 1, 100);
  requireWholeNumber('weekly_channel_lock.maxChannelsPerWeek', settings.weeklyChannelLock.maxChannelsPerWeek, 1, 100);
  requireWholeNumber('nextAllowedSearchDays', settings.nextAllowedSearchDays, 1, 366);
}

/** Validates a window's times and order; returns its bounds in minutes since midnight. */
export function validateWindow(name: string, window: LocalWindow): { start: number; end: number } {
  let start: number;
  let end: number;
  try {
    start = parseLocalTime(window.start);
    end = parseLocalTime(window.end);
  } catch (error) {
    if (error instanceof InvalidDateTimeError) {
      throw new InvalidContactPolicySettingsError(`${name}: ${error.message}`);
    }
    throw error;
  }

  if (start >= end) {
    throw new InvalidContactPolicySettingsError(`${name}: start ${window.start} must be before end ${window.end}.`);
  }

  return { start, end };
}

function requireWholeNumber(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InvalidContactPolicySettingsError(`${name} must be a whole number from ${min} to ${max}, got ${value}.`);
  }
}
