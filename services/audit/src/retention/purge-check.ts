import type { MonthPartition } from '../storage/partition-ranges';

/** Reason a partition may not be purged yet. */
export type PurgeRefusal =
  | { code: 'RETENTION_PERIOD_NOT_OVER'; keepUntil: string }
  | { code: 'LEGAL_HOLD'; debtorIds: string[] };

export interface PurgeDecision {
  partition: string;
  from: string;
  to: string;
  /** First instant at which every record of the partition has been kept for the retention period. */
  keepUntil: string;
  purgeAllowed: boolean;
  refusals: PurgeRefusal[];
}

/**
 * Decides whether a monthly partition may be purged. Its newest record may be just before
 * `partition.to`, so the period counts from there: a partition of March 2026 with ten years of
 * retention is kept until 1 April 2036 (UTC). Any debtor with records in the partition and an
 * active legal hold blocks the purge, whatever the date, because a hold outranks deletion.
 */
export function evaluatePurge(partition: MonthPartition, now: Date, retentionYears: number, heldDebtorIds: readonly string[]): PurgeDecision {
  const keepUntil = new Date(Date.UTC(partition.to.getUTCFullYear() + retentionYears, partition.to.getUTCMonth(), 1));
  const refusals: PurgeRefusal[] = [];

  if (now < keepUntil) {
    refusals.push({ code: 'RETENTION_PERIOD_NOT_OVER', keepUntil: keepUntil.toISOString() });
  }
  if (heldDebtorIds.length > 0) {
    refusals.push({ code: 'LEGAL_HOLD', debtorIds: [...heldDebtorIds].sort() });
  }

  return {
    partition: partition.name,
    from: partition.from.toISOString(),
    to: partition.to.toISOString(),
    keepUntil: keepUntil.toISOString(),
    purgeAllowed: refusals.length === 0,
    refusals,
  };
}
