import { addDays, bogotaDateOf, bogotaInstant, BusinessDate, startOfBogotaDate } from '@bitacora/domain';

import { ContactFacts } from './contact-facts';
import { ContactPolicySettings } from './policy-settings';
import { promisePendingUntil } from './rules/account-pauses.rule';

const DAY_MS = 86_400_000;
const SEVEN_DAYS_MS = 7 * DAY_MS;

/**
 * Finds the earliest instant after `from`, and before `from` plus the search horizon, at which
 * `isAllowed` holds, or null.
 *
 * Every rule is constant between the instants at which one of its inputs changes. Those are
 * Bogota midnight, the start of a contact window, and the instants recorded in the facts, such as
 * a consent granted, a dispute resolved or a prior contact leaving the rolling week. An allowed
 * period therefore starts at one of those instants, so only they are tried, in order.
 */
export function findNextAllowedInstant(
  from: Date,
  facts: ContactFacts,
  settings: ContactPolicySettings,
  isAllowed: (instant: Date) => boolean,
): Date | null {
  const horizon = from.getTime() + settings.nextAllowedSearchDays * DAY_MS;
  const candidates = candidateInstants(from, facts, settings)
    .filter((ms) => ms > from.getTime() && ms < horizon)
    .sort((left, right) => left - right);

  for (const ms of new Set(candidates)) {
    const instant = new Date(ms);
    if (isAllowed(instant)) {
      return instant;
    }
  }

  return null;
}

function candidateInstants(from: Date, facts: ContactFacts, settings: ContactPolicySettings): number[] {
  const windowStarts = [
    settings.contactWindow.weekdays.start,
    settings.contactWindow.saturday.start,
    ...facts.alternativeHoursAuthorizations.flatMap((authorization) => authorization.windows.map((window) => window.start)),
  ];
  const firstDate = bogotaDateOf(from);
  const dates: BusinessDate[] = Array.from({ length: settings.nextAllowedSearchDays + 1 }, (_, index) => addDays(firstDate, index));
  const dailyInstants = dates.flatMap((date) => [
    startOfBogotaDate(date).getTime(),
    ...windowStarts.map((start) => bogotaInstant(date, start).getTime()),
  ]);

  const factInstants = [
    ...facts.consents.flatMap((consent) => [consent.grantedAt, consent.revokedAt]),
    ...facts.optOuts.flatMap((optOut) => [optOut.requestedAt, optOut.withdrawnAt]),
    ...facts.alternativeHoursAuthorizations.flatMap((authorization) => [authorization.validFrom, authorization.validUntil]),
    ...facts.disputes.flatMap((dispute) => [dispute.openedAt, dispute.resolvedAt]),
    ...facts.pendingPromises.flatMap((promise) => [promise.createdAt, promisePendingUntil(promise)]),
    ...facts.visitExceptions.map((exception) => exception.recordedAt),
    ...facts.priorContacts.map((prior) => new Date(prior.instant.getTime() + SEVEN_DAYS_MS)),
  ];

  return [...dailyInstants, ...factInstants.filter((instant): instant is Date => instant !== null).map((instant) => instant.getTime())];
}
