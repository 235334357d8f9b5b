export const DENIAL_CODES = [
  'OUTSIDE_CONTACT_WINDOW',
  'SUNDAY',
  'PUBLIC_HOLIDAY',
  'CHANNEL_NOT_AUTHORIZED',
  'OPTED_OUT',
  'REFERENCE_NEVER_CONTACTED',
  'THIRD_PARTY_NEVER_CONTACTED',
  'VISIT_NOT_PERMITTED',
  'DAILY_LIMIT_REACHED',
  'WEEKLY_CHANNEL_LOCKED',
  'DISPUTE_OPEN',
  'PROMISE_PENDING',
] as const;
export type DenialCode = (typeof DENIAL_CODES)[number];

/** A rule's id and the version of its settings that judged a contact. */
export interface RuleReference {
  readonly ruleId: string;
  readonly ruleVersion: number;
}

/** One reason a contact is denied, with the rule that produced it. */
export interface DenialReason extends RuleReference {
  readonly code: DenialCode;
  /** Values behind the reason, for the record: the locked channel, the count reached, the dispute ids. */
  readonly details: Readonly<Record<string, string | number>>;
}

export interface ContactDecision {
  readonly outcome: 'allowed' | 'denied';
  /** Every reason for a denial; empty when allowed. */
  readonly reasons: readonly DenialReason[];
  /**
   * The earliest instant at which the same contact would be allowed, given the same facts: the
   * contact's own instant when allowed, or null when no instant in the search horizon is.
   */
  readonly nextAllowedAt: Date | null;
  /** Whether the contact, once made, counts toward the daily limit and the weekly channel lock. */
  readonly countsTowardLimits: boolean;
  /** Every rule that judged the contact, with its version, so the decision can be reproduced. */
  readonly appliedRules: readonly RuleReference[];
}
