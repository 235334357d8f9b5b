import { bogotaDateOf } from '@bitacora/domain';
import type { ContactFacts } from '../policy';

/**
 * Ley 2300 de 2023, art. 3 allows one contact per person per day, whichever came first. The engine
 * counts only contacts before the judged instant, so a contact recorded earlier in time order but
 * later in recording order (a dialer's late upload) would not count. This moves every counted
 * contact of the same Bogota day at or after the instant to just before it, so the daily cap sees
 * the whole day. NOTE: the weekly channel lock still sees only the contacts before the instant.
 */
export function countWholeDay(facts: ContactFacts, instant: Date): ContactFacts {
  const day = bogotaDateOf(instant);
  const justBefore = new Date(instant.getTime() - 1);
  if (bogotaDateOf(justBefore) !== day) {
    return facts;
  }

  return {
    ...facts,
    priorContacts: facts.priorContacts.map((prior) =>
      prior.instant.getTime() >= instant.getTime() && bogotaDateOf(prior.instant) === day ? { ...prior, instant: justBefore } : prior,
    ),
  };
}
