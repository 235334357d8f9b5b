import { HolidayCalendar } from '@bitacora/domain';

import { ContactAttempt } from '../contact';
import { DenialCode, DenialReason } from '../contact-decision';
import { ContactFacts } from '../contact-facts';
import { ContactPolicySettings, RuleSetting } from '../policy-settings';

/** Everything a rule reads. `contact.instant` is the instant being judged. */
export interface RuleContext {
  readonly contact: ContactAttempt;
  readonly facts: ContactFacts;
  readonly settings: ContactPolicySettings;
  readonly calendar: HolidayCalendar;
}

/** A rule returns one reason per way the contact breaks it, or nothing. */
export type PolicyRule = (context: RuleContext) => DenialReason[];

export function deny(rule: RuleSetting, code: DenialCode, details: DenialReason['details'] = {}): DenialReason {
  return { code, ruleId: rule.id, ruleVersion: rule.version, details };
}

/** Returns whether `instant` lies in [from, until), an open end when `until` is null. */
export function isInForce(from: Date, until: Date | null, instant: Date): boolean {
  return from.getTime() <= instant.getTime() && (until === null || instant.getTime() < until.getTime());
}

/** Returns whether a fact of `accountId` concerns the contact: always when it names no accounts. */
export function concernsContact(accountId: string, contact: ContactAttempt): boolean {
  return contact.accountIds.length === 0 || contact.accountIds.includes(accountId);
}
