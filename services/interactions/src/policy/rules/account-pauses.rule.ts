import { addDays, endOfBogotaDate } from '@bitacora/domain';

import { PendingPromise } from '../contact-facts';
import { concernsContact, deny, isInForce, PolicyRule } from './rule-context';

/** Collection contact pauses while a dispute of a concerned account is open. */
export const openDisputeRule: PolicyRule = ({ contact, facts, settings }) => {
  const rule = settings.openDispute;
  if (!rule.disputeBlocksContact) {
    return [];
  }

  const open = facts.disputes.filter(
    (dispute) => concernsContact(dispute.accountId, contact) && isInForce(dispute.openedAt, dispute.resolvedAt, contact.instant),
  );
  if (open.length === 0) {
    return [];
  }

  return [deny(rule, 'DISPUTE_OPEN', { disputeIds: open.map((dispute) => dispute.disputeId).join(', ') })];
};

/** Optionally, collection contact pauses while a promise of a concerned account is pending. */
export const pendingPromiseRule: PolicyRule = ({ contact, facts, settings }) => {
  const rule = settings.pendingPromise;
  if (!rule.promisePendingBlocksContact) {
    return [];
  }

  const pending = facts.pendingPromises.filter(
    (promise) => concernsContact(promise.accountId, contact) && isInForce(promise.createdAt, promisePendingUntil(promise), contact.instant),
  );
  if (pending.length === 0) {
    return [];
  }

  return [deny(rule, 'PROMISE_PENDING', { promiseIds: pending.map((promise) => promise.promiseId).join(', ') })];
};

/** Returns the instant a pending promise is judged broken: the end of its due date plus grace days, in Bogota. */
export function promisePendingUntil(promise: PendingPromise): Date {
  return endOfBogotaDate(addDays(promise.dueDate, promise.graceDays));
}
