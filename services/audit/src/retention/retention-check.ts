import type { DataSource } from 'typeorm';
import { LEDGER_PARTITION_PREFIX, parsePartitionName, type MonthPartition } from '../storage/partition-ranges';
import { evaluatePurge, type PurgeDecision } from './purge-check';

/** Lists the monthly partitions of the ledger, oldest first. */
export async function listLedgerPartitions(dataSource: DataSource, schema: string): Promise<MonthPartition[]> {
  const rows: { name: string }[] = await dataSource.query(
    `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
     WHERE i.inhparent = $1::regclass AND c.relname LIKE $2`,
    [`"${schema}".ledger_records`, `${LEDGER_PARTITION_PREFIX}%`],
  );
  return rows
    .map((row) => parsePartitionName(row.name))
    .filter((partition): partition is MonthPartition => partition !== null)
    .sort((left, right) => left.from.getTime() - right.from.getTime());
}

/** Debtors with an active legal hold and at least one record in `partition`. */
export async function heldDebtorsIn(dataSource: DataSource, schema: string, partition: MonthPartition): Promise<string[]> {
  const rows: { debtor_id: string }[] = await dataSource.query(
    `SELECT DISTINCT h.debtor_id FROM "${schema}".legal_holds h
     WHERE h.released_at IS NULL AND EXISTS (
       SELECT 1 FROM "${schema}".ledger_records r
       WHERE r.debtor_key = h.debtor_id AND r.recorded_at >= $1 AND r.recorded_at < $2)`,
    [partition.from.toISOString(), partition.to.toISOString()],
  );
  return rows.map((row) => row.debtor_id);
}

/** Checks one partition against the retention period and the active legal holds. */
export async function checkPurge(dataSource: DataSource, schema: string, partition: MonthPartition, retentionYears: number, now = new Date()): Promise<PurgeDecision> {
  return evaluatePurge(partition, now, retentionYears, await heldDebtorsIn(dataSource, schema, partition));
}
