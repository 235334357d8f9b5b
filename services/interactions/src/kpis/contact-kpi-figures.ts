/** Counts the contact KPI query returns for one group, or for the whole period. */
export interface ContactCounts {
  contactAttempts: number;
  rightPartyContacts: number;
  promises: number;
  policyDenials: number;
  policyViolations: number;
}

/** Counts with the rates derived from them. */
export interface ContactKpis extends ContactCounts {
  /** Right-party contacts over contact attempts. */
  rightPartyContactRate: string | null;
  /** Promises (or plans) over right-party contacts. */
  promiseRate: string | null;
}

const RATE_SCALE = 10_000n;

/**
 * `numerator / denominator` as a decimal string with four decimals, rounded half up, or null when
 * the denominator is 0. Computed on integers so that no binary fraction creeps in.
 */
export function rateOf(numerator: number, denominator: number): string | null {
  if (denominator === 0) {
    return null;
  }
  const scaled = (BigInt(numerator) * RATE_SCALE * 2n + BigInt(denominator)) / (2n * BigInt(denominator));
  const fraction = String(scaled % RATE_SCALE).padStart(4, '0');

  return `${scaled / RATE_SCALE}.${fraction}`;
}

export function contactKpisOf(counts: ContactCounts): ContactKpis {
  return {
    ...counts,
    rightPartyContactRate: rateOf(counts.rightPartyContacts, counts.contactAttempts),
    promiseRate: rateOf(counts.promises, counts.rightPartyContacts),
  };
}

export const NO_COUNTS: ContactCounts = { contactAttempts: 0, rightPartyContacts: 0, promises: 0, policyDenials: 0, policyViolations: 0 };
