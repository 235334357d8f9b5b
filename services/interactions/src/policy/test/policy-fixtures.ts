import { bogotaInstant } from '@bitacora/domain';

import { CONTACT_CHANNELS, ContactAttempt, ContactChannel } from '../contact';
import { ContactDecision, DenialCode } from '../contact-decision';
import { ChannelConsent, ContactFacts, PriorContact } from '../contact-facts';
import { ContactPolicySettings, DEFAULT_CONTACT_POLICY_SETTINGS } from '../policy-settings';

export const DEBTOR_ID = 'debtor-1';
export const PARTY_ID = 'party-1';
export const ACCOUNT_ID = 'account-1';

/** Returns the instant of a Bogota wall-clock reading written 'YYYY-MM-DD HH:MM'. */
export function bogota(dateTime: string): Date {
  const [date, time] = dateTime.split(' ');

  return bogotaInstant(date, time);
}

/** Builds an outbound collection phone call to the debtor about ACCOUNT_ID, unless overridden. */
export function contactAt(dateTime: string, overrides: Partial<ContactAttempt> = {}): ContactAttempt {
  return {
    debtorId: DEBTOR_ID,
    contactedPartyId: PARTY_ID,
    partyRole: 'debtor',
    channel: 'phone_call',
    direction: 'outbound',
    purpose: 'collection',
    instant: bogota(dateTime),
    accountIds: [ACCOUNT_ID],
    ...overrides,
  };
}

export function consent(channel: ContactChannel, overrides: Partial<ChannelConsent> = {}): ChannelConsent {
  return {
    partyId: PARTY_ID,
    channel,
    grantedAt: bogota('2020-01-02 10:00'),
    revokedAt: null,
    evidence: 'recording-123',
    ...overrides,
  };
}

export function priorContact(dateTime: string, channel: ContactChannel, overrides: Partial<PriorContact> = {}): PriorContact {
  return { contactedPartyId: PARTY_ID, channel, instant: bogota(dateTime), rightPartyContact: true, ...overrides };
}

/** Builds the facts of a debtor who authorized every channel and has no other record. */
export function factsWith(overrides: Partial<ContactFacts> = {}): ContactFacts {
  return {
    consents: CONTACT_CHANNELS.map((channel) => consent(channel)),
    optOuts: [],
    alternativeHoursAuthorizations: [],
    disputes: [],
    pendingPromises: [],
    visitExceptions: [],
    priorContacts: [],
    ...overrides,
  };
}

type SettingsPatch = { [Key in keyof ContactPolicySettings]?: Partial<ContactPolicySettings[Key]> };

/** Returns the default settings with some fields of some rules replaced. */
export function settingsWith(patch: SettingsPatch): ContactPolicySettings {
  const settings: Record<string, unknown> = { ...DEFAULT_CONTACT_POLICY_SETTINGS };
  for (const [key, value] of Object.entries(patch) as [string, unknown][]) {
    const current = settings[key];
    settings[key] = isObject(current) && isObject(value) ? { ...current, ...value } : value;
  }

  return settings as unknown as ContactPolicySettings;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function codesOf(decision: ContactDecision): DenialCode[] {
  return decision.reasons.map((reason) => reason.code);
}
