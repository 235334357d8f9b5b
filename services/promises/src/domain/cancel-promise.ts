import { findPromise, replacePromise, type AccountState } from './account-state';
import { accept, acceptDuplicate, reject, type Decision } from './decision';
import { domainError } from './errors';
import type { PaymentPromise } from './promise';
import { checkRequiredText, collectErrors } from './validation';

export interface CancelPromiseCommand {
  readonly promiseId: string;
  /** Agent or user who cancelled it. */
  readonly cancelledBy: string;
  readonly reason: string;
}

/** Cancels a PENDING promise. Cancelling a CANCELLED promise again is a duplicate. */
export function cancelPromise(state: AccountState, command: CancelPromiseCommand, now: Date): Decision {
  const errors = collectErrors([
    checkRequiredText('promiseId', command.promiseId),
    checkRequiredText('cancelledBy', command.cancelledBy),
    checkRequiredText('reason', command.reason),
  ]);
  if (errors.length > 0) {
    return reject(errors);
  }

  const promise = findPromise(state, command.promiseId);
  if (promise === undefined) {
    return reject([domainError('PROMISE_NOT_FOUND', 'promiseId', `Promise ${command.promiseId} was not found on account ${state.accountId}.`)]);
  }
  if (promise.status === 'CANCELLED') {
    return acceptDuplicate(state);
  }
  if (promise.status !== 'PENDING') {
    return reject([
      domainError('PROMISE_NOT_PENDING', 'promiseId', `Promise ${promise.id} is ${promise.status}; only a PENDING promise can be cancelled.`),
    ]);
  }

  const cancelled: PaymentPromise = { ...promise, status: 'CANCELLED', resolvedAt: now, cancellationReason: command.reason };
  return accept(replacePromise(state, cancelled), [
    {
      type: 'PromiseCancelled',
      promiseId: cancelled.id,
      accountId: cancelled.accountId,
      debtorId: cancelled.debtorId,
      cancelledAt: now,
      cancelledBy: command.cancelledBy,
      reason: command.reason,
    },
  ]);
}
