import type { AccountState } from './account-state';
import type { BusinessCalendar } from './deadline';
import type { PromisesDomainError } from './errors';
import type { PromisesDomainEvent } from './events';
import type { PromisesSettings } from './settings';

/**
 * Outcome of a decision. An accepted decision returns the new state and its events. A duplicate,
 * such as a redelivered payment or reversal, is accepted with the same state object and no
 * events. A rejected decision returns every error found and no state.
 */
export type Decision =
  | { readonly ok: true; readonly state: AccountState; readonly events: readonly PromisesDomainEvent[]; readonly duplicate: boolean }
  | { readonly ok: false; readonly errors: readonly PromisesDomainError[] };

export function accept(state: AccountState, events: readonly PromisesDomainEvent[]): Decision {
  return { ok: true, state, events, duplicate: false };
}

export function acceptDuplicate(state: AccountState): Decision {
  return { ok: true, state, events: [], duplicate: true };
}

export function reject(errors: readonly PromisesDomainError[]): Decision {
  return { ok: false, errors };
}

/** State and events of one step inside a decision, passed from step to step. */
export interface Step {
  readonly state: AccountState;
  readonly events: readonly PromisesDomainEvent[];
}

/** Inputs that a creation decision reads besides the account state and the command. */
export interface CreationContext {
  readonly settings: PromisesSettings;
  readonly calendar: BusinessCalendar;
  /** Instant of the request. Its Bogota date is "today" for due-date checks. */
  readonly now: Date;
}
