import { deny, PolicyRule } from './rule-context';

/**
 * Ley 2300 de 2023, art. 4: references are never contacted for collection, whatever the
 * direction; third parties neither. Co-debtors and guarantors are judged like the debtor.
 */
export const nonObligorsRule: PolicyRule = ({ contact, settings }) => {
  if (contact.purpose !== 'collection') {
    return [];
  }

  if (contact.partyRole === 'reference') {
    return [deny(settings.nonObligors, 'REFERENCE_NEVER_CONTACTED', { partyRole: contact.partyRole })];
  }

  if (contact.partyRole === 'third_party') {
    return [deny(settings.nonObligors, 'THIRD_PARTY_NEVER_CONTACTED', { partyRole: contact.partyRole })];
  }

  return [];
};
