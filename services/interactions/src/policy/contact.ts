export const PARTY_ROLES = ['debtor', 'co_debtor', 'guarantor', 'reference', 'third_party'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export const CONTACT_CHANNELS = [
  'phone_call',
  'sms',
  'email',
  'whatsapp',
  'automated_voice',
  'push_notification',
  'letter',
  'visit',
] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export const CONTACT_DIRECTIONS = ['outbound', 'inbound'] as const;
export type ContactDirection = (typeof CONTACT_DIRECTIONS)[number];

export const CONTACT_PURPOSES = ['collection', 'information_requested', 'transaction_confirmation', 'fraud_alert'] as const;
export type ContactPurpose = (typeof CONTACT_PURPOSES)[number];

/** A contact to be judged: who would be contacted, how, why and when. */
export interface ContactAttempt {
  readonly debtorId: string;
  /** The person who would be contacted: the debtor, a co-debtor, a guarantor, a reference or a third party. */
  readonly contactedPartyId: string;
  readonly partyRole: PartyRole;
  readonly channel: ContactChannel;
  readonly direction: ContactDirection;
  readonly purpose: ContactPurpose;
  readonly instant: Date;
  /**
   * Accounts the contact is about. Disputes and pending promises of other accounts are ignored,
   * and when the list is empty those of every account in the facts apply. A visit exception
   * recorded for one account permits visits only about that account.
   */
  readonly accountIds: readonly string[];
}
