import { isJsonObject, type LedgerEvent, type LedgerRecord } from '../ledger';

/** Columns that make a record findable by debtor and account; derived from the record, never hashed. */
export interface SearchKeys {
  debtorKey: string | null;
  accountKeys: string[];
}

/**
 * Collects the debtor and account ids an event concerns. The record's own `debtorId` and
 * `accountId` come from `data`. Events may also name them in the `debtorid` and `accountid`
 * extension attributes, and interaction events list several accounts in `data.accountIds`.
 */
export function searchKeysOf(record: LedgerRecord, event: LedgerEvent): SearchKeys {
  const debtorKey = record.debtorId ?? textOrNull(event.debtorid);

  const accounts = new Set<string>();
  addText(accounts, record.accountId);
  addText(accounts, event.accountid);
  const data = event.data;
  if (isJsonObject(data) && Array.isArray(data.accountIds)) {
    for (const accountId of data.accountIds) {
      addText(accounts, accountId);
    }
  }

  return { debtorKey, accountKeys: [...accounts] };
}

function textOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function addText(target: Set<string>, value: unknown): void {
  if (typeof value === 'string' && value !== '') {
    target.add(value);
  }
}
