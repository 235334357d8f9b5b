import { findPromise, type AccountState } from './account-state';
import type { BusinessDate } from '@bitacora/domain';
import { computeDeadlineDate } from './deadline';
import { accept, acceptDuplicate, reject, type CreationContext, type Decision } from './decision';
import { domainError, type PromisesDomainError } from './errors';
import type { PromisesDomainEvent } from './events';
import type { PaymentPromise } from './promise';
import type { PromisesSettings } from './settings';
import {
  checkCurrencyCode,
  checkDueDate,
  checkGraceDays,
  checkPositiveAmount,
  checkRequiredText,
  checkSameAccount,
  collectErrors,
} from './validation';

export interface CreatePromiseCommand {
  readonly promiseId: string;
  readonly debtorId: string;
  readonly accountId: string;
  readonly agentId: string;
  readonly interactionId?: string | null;
  /** Promised amount in minor units. */
  readonly amount: bigint;
  /** ISO 4217 code; the settings' default currency when absent. */
  readonly currency?: string;
  readonly dueDate: BusinessDate;
  /** The settings' default grace days when absent. */
  readonly graceDays?: number;
}

/** Checks a promise command on its own, without the account state; returns every error found. */
export function validateCreatePromise(command: CreatePromiseCommand, settings: PromisesSettings, now: Date): PromisesDomainError[] {
  return collectErrors([
    checkRequiredText('promiseId', command.promiseId),
    checkRequiredText('debtorId', command.debtorId),
    checkRequiredText('accountId', command.accountId),
    checkRequiredText('agentId', command.agentId),
    checkPositiveAmount('amount', command.amount),
    checkCurrencyCode('currency', command.currency ?? settings.defaultCurrency),
    checkDueDate('dueDate', command.dueDate, now, settings.dueDateHorizonDays),
    checkGraceDays('graceDays', command.graceDays ?? settings.defaultGraceDays, settings.maxGraceDays),
  ]);
}

/**
 * Creates a PENDING promise with its deadline fixed from the due date, the grace days and the
 * calendar. When the settings supersede pending promises, every other PENDING promise of the
 * account becomes SUPERSEDED. The same command sent again is a duplicate.
 */
export function createPromise(state: AccountState, command: CreatePromiseCommand, context: CreationContext): Decision {
  const { settings, calendar, now } = context;
  const errors = collectErrors([checkSameAccount('accountId', command.accountId, state.accountId)]);
  errors.push(...validateCreatePromise(command, settings, now));
  if (errors.length > 0) {
    return reject(errors);
  }

  const existing = findPromise(state, command.promiseId);
  if (existing !== undefined) {
    return isSamePromise(existing, command, settings) ? acceptDuplicate(state) : reject([promiseConflict(existing)]);
  }

  const graceDays = command.graceDays ?? settings.defaultGraceDays;
  const promise: PaymentPromise = {
    id: command.promiseId,
    debtorId: command.debtorId,
    accountId: command.accountId,
    amount: command.amount,
    currency: command.currency ?? settings.defaultCurrency,
    dueDate: command.dueDate,
    graceDays,
    graceDayCounting: settings.graceDayCounting,
    deadlineDate: computeDeadlineDate(command.dueDate, graceDays, settings.graceDayCounting, calendar),
    keptThresholdBasisPoints: settings.promiseKeptThresholdBasisPoints,
    interactionId: command.interactionId ?? null,
    agentId: command.agentId,
    createdAt: now,
    status: 'PENDING',
    paidAmount: 0n,
    paidLateAmount: 0n,
    resolvedAt: null,
    supersededByPromiseId: null,
    cancellationReason: null,
  };

  const events: PromisesDomainEvent[] = [{ type: 'PromiseCreated', promise }];
  let promises = state.promises;
  if (settings.supersedePendingPromises) {
    promises = promises.map((other) => {
      if (other.status !== 'PENDING') {
        return other;
      }
      events.push({
        type: 'PromiseSuperseded',
        promiseId: other.id,
        accountId: other.accountId,
        debtorId: other.debtorId,
        supersededByPromiseId: promise.id,
        supersededAt: now,
      });
      return { ...other, status: 'SUPERSEDED', resolvedAt: now, supersededByPromiseId: promise.id };
    });
  }

  return accept({ ...state, promises: [...promises, promise] }, events);
}

function isSamePromise(existing: PaymentPromise, command: CreatePromiseCommand, settings: PromisesSettings): boolean {
  return (
    existing.debtorId === command.debtorId &&
    existing.amount === command.amount &&
    existing.currency === (command.currency ?? settings.defaultCurrency) &&
    existing.dueDate === command.dueDate
  );
}

function promiseConflict(existing: PaymentPromise): PromisesDomainError {
  return domainError(
    'PROMISE_ID_CONFLICT',
    'promiseId',
    `Promise ${existing.id} already exists with another debtor, amount, currency or due date; use a new id for a new promise.`,
  );
}
