import { InteractionEventTypes } from '@bitacora/contracts';
import type { Tables } from '../shared/tables';

/**
 * The records the contact policy reads that are valid from an instant until revoked: consents,
 * opt-outs, alternative-hours authorizations and visit exceptions. They share one shape in the
 * database (valid_from, revoked_at and who revoked them, why), so one store serves all four.
 */
export interface PreferenceKind {
  /** Prefix of the error codes of the kind: `<code>.not_found`, `<code>.already_revoked`. */
  code: string;
  table: keyof Tables;
  recordedEvent: string;
  revokedEvent: string;
}

export const PreferenceKinds = {
  consent: { code: 'consent', table: 'consents', recordedEvent: InteractionEventTypes.consentGranted, revokedEvent: InteractionEventTypes.consentRevoked },
  optOut: { code: 'opt_out', table: 'optOuts', recordedEvent: InteractionEventTypes.optOutRecorded, revokedEvent: InteractionEventTypes.optOutWithdrawn },
  alternativeHours: {
    code: 'alternative_hours',
    table: 'alternativeHours',
    recordedEvent: InteractionEventTypes.alternativeHoursAuthorized,
    revokedEvent: InteractionEventTypes.alternativeHoursRevoked,
  },
  visitException: {
    code: 'visit_exception',
    table: 'visitExceptions',
    recordedEvent: InteractionEventTypes.visitExceptionRecorded,
    revokedEvent: InteractionEventTypes.visitExceptionRevoked,
  },
} as const satisfies Record<string, PreferenceKind>;

/** A stored preference record as the API returns it; kind-specific columns appear next to the shared ones. */
export interface PreferenceRecord {
  id: string;
  debtorId: string;
  partyId?: string;
  validFrom: Date;
  revokedAt: Date | null;
  revocationReason: string | null;
  revokedBy: string | null;
  evidence: string | null;
  actor: string;
  recordedAt: Date;
  /** In force now: valid from before now and not revoked yet. */
  active: boolean;
  [column: string]: unknown;
}
