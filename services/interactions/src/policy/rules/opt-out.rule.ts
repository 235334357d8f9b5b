import { deny, isInForce, PolicyRule } from './rule-context';

/** Denies a channel that the person opted out of, alone or with every other channel. */
export const optOutRule: PolicyRule = ({ contact, facts, settings }) => {
  const active = facts.optOuts.filter(
    (optOut) =>
      optOut.partyId === contact.contactedPartyId &&
      (optOut.channel === null || optOut.channel === contact.channel) &&
      isInForce(optOut.requestedAt, optOut.withdrawnAt, contact.instant),
  );
  if (active.length === 0) {
    return [];
  }

  const scope = active.some((optOut) => optOut.channel === null) ? 'all_channels' : 'channel';

  return [deny(settings.optOut, 'OPTED_OUT', { channel: contact.channel, scope })];
};
