import type { DataSource } from 'typeorm';
import type { AccountState, Decision, PromisesDomainError as DomainError } from '../domain';
import type { EventContext } from '../events/event-context';
import { lockAccounts } from '../persistence/account-locks';
import { loadAccountStates, type LoadHints } from '../persistence/load-account-states';
import { AccountWork } from './account-work';

export interface AccountCommandDependencies {
  dataSource: DataSource;
  schema: string;
  eventsTopic: string;
}

export interface AccountCommand {
  accountId: string;
  hints: LoadHints;
  decide: (state: AccountState) => Decision;
  context: EventContext;
  /** Adds what the records do not carry (a portfolio) before the decision's events are built. */
  prepare?: (work: AccountWork) => void;
  /** Builds the error to raise for a rejected decision, which rolls the transaction back. */
  rejection: (errors: readonly DomainError[], state: AccountState) => Error;
}

/** Result of an accepted command: the account's new state, and whether it was a repeat that changed nothing. */
export interface AccountCommandResult {
  state: AccountState;
  duplicate: boolean;
}

/** Locks one account, runs one domain decision on its stored state, and commits the changes with their events. */
export async function runAccountCommand(dependencies: AccountCommandDependencies, command: AccountCommand): Promise<AccountCommandResult> {
  const { dataSource, schema, eventsTopic } = dependencies;

  return dataSource.transaction(async (manager) => {
    await lockAccounts(manager, schema, [command.accountId]);
    const work = new AccountWork(await loadAccountStates(manager, schema, [command.accountId], command.hints), eventsTopic);
    command.prepare?.(work);

    const before = work.stateOf(command.accountId);
    const decision = work.apply(command.accountId, command.decide, command.context, command.context.correlationId ?? command.accountId);
    if (!decision.ok) {
      throw command.rejection(decision.errors, before);
    }

    await work.commit(manager, schema, command.context.decidedAt);
    return { state: decision.state, duplicate: decision.duplicate };
  });
}
