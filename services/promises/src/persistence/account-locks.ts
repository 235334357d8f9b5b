import type { EntityManager } from 'typeorm';

/**
 * Locks the account rows of `accountIds` until the transaction ends, creating the missing ones.
 * Every writer of an account's promises, plans and payments takes this lock first, so decisions
 * on one account never interleave. Rows are locked in account id order, so two transactions that
 * lock overlapping sets through this function wait for each other instead of deadlocking.
 */
export async function lockAccounts(manager: EntityManager, schema: string, accountIds: readonly string[]): Promise<void> {
  const sorted = [...new Set(accountIds)].sort();
  if (sorted.length === 0) {
    return;
  }
  const inserted: { account_id: string }[] = await manager.query(
    `INSERT INTO "${schema}".accounts (account_id) SELECT id FROM unnest($1::text[]) AS id ORDER BY id ON CONFLICT (account_id) DO NOTHING RETURNING account_id`,
    [sorted],
  );
  // Until commit, a row inserted here is invisible to other transactions and their insert of the same id waits, so it needs no row lock.
  const created = new Set(inserted.map((row) => row.account_id));
  const existing = created.size === 0 ? sorted : sorted.filter((accountId) => !created.has(accountId));
  if (existing.length > 0) {
    await manager.query(`SELECT account_id FROM "${schema}".accounts WHERE account_id = ANY($1::text[]) ORDER BY account_id FOR UPDATE`, [existing]);
  }
}

/**
 * Claims up to `limit` accounts whose next deadline date is before `today`, skipping accounts
 * that another transaction holds: a second scheduler instance, or a consumer applying payments.
 */
export async function claimDueAccounts(manager: EntityManager, schema: string, today: string, limit: number): Promise<string[]> {
  const rows: { account_id: string }[] = await manager.query(
    `SELECT account_id FROM "${schema}".accounts
     WHERE next_deadline_date < $1::date
     ORDER BY next_deadline_date, account_id
     LIMIT $2
     FOR UPDATE SKIP LOCKED`,
    [today, limit],
  );
  return rows.map((row) => row.account_id);
}
