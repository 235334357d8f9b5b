import { bogotaDateOf, startOfBogotaDate, startOfIsoWeek } from '@bitacora/domain';

import { PriorContact } from '../contact-facts';
import { deny, PolicyRule, RuleContext } from './rule-context';

const SEVEN_DAYS_MS = 7 * 86_400_000;

/** Ley 2300 de 2023, art. 3: at most `maxContactsPerDay` counted contacts per person per Bogota day. */
export const dailyLimitRule: PolicyRule = (context) => {
  const rule = context.settings.dailyLimit;
  const today = bogotaDateOf(context.contact.instant);
  const count = countedPriorContacts(context).filter((prior) => bogotaDateOf(prior.instant) === today).length;
  if (count < rule.maxContactsPerDay) {
    return [];
  }

  return [
    deny(rule, 'DAILY_LIMIT_REACHED', {
      date: today,
      contactsToday: count,
      maxContactsPerDay: rule.maxContactsPerDay,
      contactCountsAs: context.settings.contactCounting.contactCountsAs,
    }),
  ];
};

/**
 * Ley 2300 de 2023, art. 3: not several channels in the same week. The channels of the week's
 * counted contacts are locked in; another channel is denied once `maxChannelsPerWeek` are used.
 */
export const weeklyChannelLockRule: PolicyRule = (context) => {
  const rule = context.settings.weeklyChannelLock;
  const { instant, channel } = context.contact;
  const weekStart =
    rule.week === 'calendar'
      ? startOfBogotaDate(startOfIsoWeek(bogotaDateOf(instant))).getTime()
      : instant.getTime() - SEVEN_DAYS_MS + 1;
  const channels = new Set(
    countedPriorContacts(context)
      .filter((prior) => prior.instant.getTime() >= weekStart)
      .map((prior) => prior.channel),
  );
  if (channels.has(channel) || channels.size < rule.maxChannelsPerWeek) {
    return [];
  }

  return [
    deny(rule, 'WEEKLY_CHANNEL_LOCKED', {
      channel,
      lockedChannels: [...channels].sort().join(', '),
      week: rule.week,
      contactCountsAs: context.settings.contactCounting.contactCountsAs,
    }),
  ];
};

/** Returns the person's contacts before the judged instant that count under the counting setting. */
function countedPriorContacts({ contact, facts, settings }: RuleContext): PriorContact[] {
  const onlyConversations = settings.contactCounting.contactCountsAs === 'two_way_conversation';

  return facts.priorContacts.filter(
    (prior) =>
      prior.contactedPartyId === contact.contactedPartyId &&
      prior.instant.getTime() < contact.instant.getTime() &&
      (!onlyConversations || prior.rightPartyContact),
  );
}
