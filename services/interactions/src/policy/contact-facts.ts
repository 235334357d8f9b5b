import { BusinessDate, IsoWeekday } from '@bitacora/domain';

import { ContactChannel } from './contact';

/** A person's authorization to be contacted on one channel (Ley 2300 de 2023, art. 2). */
export interface ChannelConsent {
  readonly partyId: string;
  readonly channel: ContactChannel;
  readonly grantedAt: Date;
  readonly revokedAt: Date | null;
  /** Reference to the proof of the authorization: a recording, a signed form, a message id. */
  readonly evidence: string;
}

/** A person's request not to be contacted on one channel, or on any channel when `channel` is null. */
export interface OptOut {
  readonly partyId: string;
  readonly channel: ContactChannel | null;
  readonly requestedAt: Date;
  readonly withdrawnAt: Date | null;
}

/** A Bogota local-time window on some weekdays; `end` is exclusive and may be '24:00'. */
export interface AuthorizedWindow {
  readonly weekdays: readonly IsoWeekday[];
  readonly start: string;
  readonly end: string;
  readonly includesPublicHolidays: boolean;
}

/**
 * A separately signed authorization to be contacted outside the statutory hours
 * (Ley 2300 de 2023, art. 3), in force from `validFrom` until `validUntil` (exclusive).
 */
export interface AlternativeHoursAuthorization {
  readonly partyId: string;
  readonly validFrom: Date;
  readonly validUntil: Date | null;
  readonly windows: readonly AuthorizedWindow[];
  readonly evidence: string;
}

/** A debtor's claim contesting the debt of an account, open until `resolvedAt`. */
export interface AccountDispute {
  readonly disputeId: string;
  readonly accountId: string;
  readonly openedAt: Date;
  readonly resolvedAt: Date | null;
}

/**
 * A promise to pay that is neither kept nor cancelled. It stays pending from `createdAt` until the
 * end of its due date plus grace days, in Bogota, when it is judged broken.
 */
export interface PendingPromise {
  readonly promiseId: string;
  readonly accountId: string;
  readonly createdAt: Date;
  readonly dueDate: BusinessDate;
  readonly graceDays: number;
}

/** The conditions under which Ley 2300 de 2023, art. 6 allows a collection visit. */
export const VISIT_EXCEPTION_KINDS = [
  'microcredit',
  'development_credit',
  'rural_credit_express_authorization',
  'no_channel_works',
] as const;
export type VisitExceptionKind = (typeof VISIT_EXCEPTION_KINDS)[number];

/** A recorded reason why the debtor may be visited; `accountId` null applies to every account. */
export interface VisitException {
  readonly kind: VisitExceptionKind;
  readonly accountId: string | null;
  readonly recordedAt: Date;
  readonly evidence: string;
}

/** An outbound collection contact already made to a person, counted toward the limits. */
export interface PriorContact {
  readonly contactedPartyId: string;
  readonly channel: ContactChannel;
  readonly instant: Date;
  /** Whether the contact reached the person in a two-way conversation (contacto directo). */
  readonly rightPartyContact: boolean;
}

/**
 * Facts about the contacted person and the debtor's accounts that the rules read. The caller loads
 * them because the engine does no I/O. Person-scoped facts of other parties are ignored.
 */
export interface ContactFacts {
  readonly consents: readonly ChannelConsent[];
  readonly optOuts: readonly OptOut[];
  readonly alternativeHoursAuthorizations: readonly AlternativeHoursAuthorization[];
  readonly disputes: readonly AccountDispute[];
  readonly pendingPromises: readonly PendingPromise[];
  readonly visitExceptions: readonly VisitException[];
  readonly priorContacts: readonly PriorContact[];
}
