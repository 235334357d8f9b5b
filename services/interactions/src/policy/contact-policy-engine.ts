import { HolidayCalendar } from '@bitacora/domain';

import { ContactAttempt } from './contact';
import { ContactDecision, DenialReason, RuleReference } from './contact-decision';
import { ContactFacts } from './contact-facts';
import { findNextAllowedInstant } from './next-allowed-instant';
import { ContactPolicySettings, DEFAULT_CONTACT_POLICY_SETTINGS, RuleSetting, validateContactPolicySettings } from './policy-settings';
import { openDisputeRule, pendingPromiseRule } from './rules/account-pauses.rule';
import { channelAuthorizationRule } from './rules/channel-authorization.rule';
import { contactWindowRule } from './rules/contact-window.rule';
import { dailyLimitRule, weeklyChannelLockRule } from './rules/contact-limits.rule';
import { nonObligorsRule } from './rules/non-obligors.rule';
import { optOutRule } from './rules/opt-out.rule';
import { PolicyRule, RuleContext } from './rules/rule-context';
import { visitsRule } from './rules/visits.rule';

// Rules that judge outbound collection contacts, in the order their reasons are reported.
const COLLECTION_RULES: readonly PolicyRule[] = [
  contactWindowRule,
  channelAuthorizationRule,
  optOutRule,
  visitsRule,
  dailyLimitRule,
  weeklyChannelLockRule,
  openDisputeRule,
  pendingPromiseRule,
];

/**
 * The Ley 2300 de 2023 contact-policy engine: decides whether a contact may be made, with every
 * reason against it and the next instant it would be allowed. Pure: the caller loads the facts.
 */
export class ContactPolicyEngine {
  constructor(
    private readonly settings: ContactPolicySettings = DEFAULT_CONTACT_POLICY_SETTINGS,
    private readonly calendar: HolidayCalendar = new HolidayCalendar(),
  ) {
    validateContactPolicySettings(settings);
  }

  evaluate(contact: ContactAttempt, facts: ContactFacts): ContactDecision {
    const reasons = this.reasonsAt(contact, facts, contact.instant);
    const nextAllowedAt =
      reasons.length === 0
        ? contact.instant
        : findNextAllowedInstant(contact.instant, facts, this.settings, (instant) => this.reasonsAt(contact, facts, instant).length === 0);

    return {
      outcome: reasons.length === 0 ? 'allowed' : 'denied',
      reasons,
      nextAllowedAt,
      countsTowardLimits: isJudgedAsCollection(contact),
      appliedRules: this.appliedRules(contact),
    };
  }

  private reasonsAt(contact: ContactAttempt, facts: ContactFacts, instant: Date): DenialReason[] {
    const context: RuleContext = { contact: { ...contact, instant }, facts, settings: this.settings, calendar: this.calendar };
    const reasons = nonObligorsRule(context);
    if (!isJudgedAsCollection(contact)) {
      return reasons;
    }

    return [...reasons, ...COLLECTION_RULES.flatMap((rule) => rule(context))];
  }

  private appliedRules(contact: ContactAttempt): RuleReference[] {
    const { settings } = this;
    const always: RuleSetting[] = [settings.collectionScope, settings.nonObligors];
    const collection: RuleSetting[] = [
      settings.contactWindow,
      settings.channelAuthorization,
      settings.optOut,
      settings.visits,
      settings.contactCounting,
      settings.dailyLimit,
      settings.weeklyChannelLock,
      settings.openDispute,
      settings.pendingPromise,
    ];
    const applied = isJudgedAsCollection(contact) ? [...always, ...collection] : always;

    return applied.map((rule) => ({ ruleId: rule.id, ruleVersion: rule.version }));
  }
}

/**
 * Only outbound collection contacts are judged by the window, consent and limit rules and counted
 * toward the limits. Inbound contacts and non-collection purposes (Ley 2300 de 2023, art. 8) are not.
 */
function isJudgedAsCollection(contact: ContactAttempt): boolean {
  return contact.direction === 'outbound' && contact.purpose === 'collection';
}
