import type { DataSource } from 'typeorm';
import { uuidv7 } from 'uuidv7';
import { bogotaDateOf } from '@bitacora/domain';
import { breakOverdueTargets } from '../domain';
import { AccountWork } from '../accounts/account-work';
import { SERVICE_ACTOR } from '../events/event-context';
import { claimDueAccounts } from '../persistence/account-locks';
import { loadAccountStates } from '../persistence/load-account-states';

export interface OverdueRunDependencies {
  dataSource: DataSource;
  schema: string;
  eventsTopic: string;
  /** Accounts claimed per transaction. */
  batchSize: number;
}

export interface OverdueRunResult {
  accounts: number;
  events: number;
}

/**
 * Marks BROKEN every promise, and MISSED every installment, whose deadline date ended before
 * `now` in Bogota, and DEFAULTED the plans that reached their limit of missed installments.
 * Works in small transactions: each claims up to `batchSize` due accounts with FOR UPDATE SKIP
 * LOCKED, so several instances share the work and never judge the same account twice, and
 * commits the changes with their events through the outbox. Returns when no due account is left
 * unclaimed.
 */
export async function breakOverdueAccounts(dependencies: OverdueRunDependencies, now: Date): Promise<OverdueRunResult> {
  const runId = uuidv7();
  const total: OverdueRunResult = { accounts: 0, events: 0 };

  for (;;) {
    const step = await breakOneBatch(dependencies, now, runId);
    total.accounts += step.accounts;
    total.events += step.events;
    if (step.accounts < dependencies.batchSize) {
      return total;
    }
  }
}

async function breakOneBatch(dependencies: OverdueRunDependencies, now: Date, runId: string): Promise<OverdueRunResult> {
  const { dataSource, schema, eventsTopic, batchSize } = dependencies;

  return dataSource.transaction(async (manager) => {
    const accountIds = await claimDueAccounts(manager, schema, bogotaDateOf(now), batchSize);
    if (accountIds.length === 0) {
      return { accounts: 0, events: 0 };
    }

    const work = new AccountWork(await loadAccountStates(manager, schema, accountIds), eventsTopic);
    const context = { actor: SERVICE_ACTOR, correlationId: runId, decidedAt: now };
    for (const accountId of accountIds) {
      work.apply(accountId, (state) => breakOverdueTargets(state, now), context, runId);
    }
    await work.commit(manager, schema, now);
    return { accounts: accountIds.length, events: work.outgoing.length };
  });
}
