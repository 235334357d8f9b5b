/** Prefix of the monthly partitions of `ledger_records`; the suffix is the UTC year and month. */
export const LEDGER_PARTITION_PREFIX = 'ledger_records_p';

/** One monthly partition: records whose `recorded_at` is in [from, to), UTC. */
export interface MonthPartition {
  name: string;
  from: Date;
  to: Date;
}

/** Returns the partition that contains instant `at`, named `ledger_records_pYYYYMM`. */
export function monthPartitionOf(at: Date): MonthPartition {
  const from = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
  const to = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1));
  const month = String(from.getUTCMonth() + 1).padStart(2, '0');
  return { name: `${LEDGER_PARTITION_PREFIX}${from.getUTCFullYear()}${month}`, from, to };
}

/** Lists the partition of `at` and those of the `monthsAhead` months after it, oldest first. */
export function partitionsAhead(at: Date, monthsAhead: number): MonthPartition[] {
  const partitions: MonthPartition[] = [];
  for (let offset = 0; offset <= monthsAhead; offset++) {
    partitions.push(monthPartitionOf(new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + offset, 1))));
  }
  return partitions;
}

/** Reads the month range back from a partition name; null for a name of another form. */
export function parsePartitionName(name: string): MonthPartition | null {
  const match = /^ledger_records_p(\d{4})(\d{2})$/.exec(name);
  if (match === null) {
    return null;
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) {
    return null;
  }
  return monthPartitionOf(new Date(Date.UTC(Number(match[1]), month - 1, 1)));
}
