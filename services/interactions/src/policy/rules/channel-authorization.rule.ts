import { ChannelConsent } from '../contact-facts';
import { deny, isInForce, PolicyRule } from './rule-context';

/** Ley 2300 de 2023, art. 2: the person must have authorized the channel at the instant. */
export const channelAuthorizationRule: PolicyRule = ({ contact, facts, settings }) => {
  const rule = settings.channelAuthorization;
  if (rule.channelsWithoutConsent.includes(contact.channel)) {
    return [];
  }

  const consents = facts.consents.filter(
    (consent) => consent.partyId === contact.contactedPartyId && consent.channel === contact.channel,
  );
  if (consents.some((consent) => isInForce(consent.grantedAt, consent.revokedAt, contact.instant))) {
    return [];
  }

  return [deny(rule, 'CHANNEL_NOT_AUTHORIZED', { channel: contact.channel, consent: consentState(consents, contact.instant) })];
};

function consentState(consents: ChannelConsent[], instant: Date): 'missing' | 'revoked' | 'not_yet_granted' {
  if (consents.some((consent) => consent.revokedAt !== null && consent.revokedAt <= instant)) {
    return 'revoked';
  }

  return consents.length > 0 ? 'not_yet_granted' : 'missing';
}
