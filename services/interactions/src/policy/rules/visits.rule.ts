import { deny, PolicyRule } from './rule-context';

/** Ley 2300 de 2023, art. 6: a collection visit needs one of the accepted exceptions on record. */
export const visitsRule: PolicyRule = ({ contact, facts, settings }) => {
  const rule = settings.visits;
  if (contact.channel !== 'visit') {
    return [];
  }

  const permitted = facts.visitExceptions.some(
    (exception) =>
      rule.acceptedExceptions.includes(exception.kind) &&
      exception.recordedAt <= contact.instant &&
      (exception.accountId === null || contact.accountIds.includes(exception.accountId)),
  );
  if (permitted) {
    return [];
  }

  return [deny(rule, 'VISIT_NOT_PERMITTED', { acceptedExceptions: rule.acceptedExceptions.join(', ') })];
};
