import type { BusinessDate } from '@bitacora/domain';
import { domainError, type PromisesDomainError } from './errors';
import type { UsuryCap } from './settings';

/**
 * Returns the usury cap in force for a credit type on a date. Where configured periods overlap,
 * the lowest cap wins so that a configuration mistake never allows a higher rate.
 */
export function findUsuryCap(caps: readonly UsuryCap[], creditType: string, date: BusinessDate): UsuryCap | undefined {
  return caps
    .filter((cap) => cap.creditType === creditType && cap.validFrom <= date && date <= cap.validTo)
    .reduce<UsuryCap | undefined>(
      (lowest, cap) => (lowest === undefined || cap.maxAnnualEffectiveRateBasisPoints < lowest.maxAnnualEffectiveRateBasisPoints ? cap : lowest),
      undefined,
    );
}

/**
 * Checks an agreed effective annual rate against the usury cap of its credit type on the
 * agreement date. A rate equal to the cap is allowed; a missing cap is an error, because the
 * rate cannot be shown to be lawful without it.
 */
export function checkUsuryCap(
  field: string,
  rateBasisPoints: number,
  creditType: string,
  agreementDate: BusinessDate,
  caps: readonly UsuryCap[],
): PromisesDomainError | null {
  const cap = findUsuryCap(caps, creditType, agreementDate);
  if (cap === undefined) {
    return domainError(
      'USURY_CAP_NOT_CONFIGURED',
      field,
      `No usury cap is configured for credit type ${creditType} on ${agreementDate}; add the certified rate to the settings.`,
    );
  }
  if (rateBasisPoints > cap.maxAnnualEffectiveRateBasisPoints) {
    return domainError(
      'INTEREST_ABOVE_USURY_CAP',
      field,
      `Interest rate ${formatRate(rateBasisPoints)} E.A. is above the usury cap of ${formatRate(cap.maxAnnualEffectiveRateBasisPoints)} E.A. ` +
        `for ${creditType} from ${cap.validFrom} to ${cap.validTo}.`,
    );
  }

  return null;
}

function formatRate(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const fraction = String(basisPoints % 100).padStart(2, '0');
  return `${whole}.${fraction} %`;
}
