import type { EntityManager } from 'typeorm';

/** A column written from one array parameter; `type` is the Postgres element type (`text`, `bigint`, `date`, …). */
export interface BulkColumn {
  name: string;
  type: string;
}

export type SqlValue = string | number | boolean | null;

function arraysOf(columns: readonly BulkColumn[], rows: readonly SqlValue[][]): SqlValue[][] {
  return columns.map((_column, index) => rows.map((row) => row[index]));
}

function unnestOf(columns: readonly BulkColumn[], firstParameter = 1): string {
  return `unnest(${columns.map((column, index) => `$${index + firstParameter}::${column.type}[]`).join(', ')})`;
}

/**
 * Inserts many rows with one statement whatever their number: each column travels as one array
 * parameter and `unnest` turns the arrays back into rows, so the statement never reaches the
 * protocol's limit of 65 535 parameters.
 */
export async function insertRows(manager: EntityManager, table: string, columns: readonly BulkColumn[], rows: readonly SqlValue[][]): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  const names = columns.map((column) => column.name).join(', ');
  await manager.query(`INSERT INTO ${table} (${names}) SELECT * FROM ${unnestOf(columns)}`, arraysOf(columns, rows));
}

/**
 * Updates many rows with one statement: `keys` find the row, `columns` get the new values.
 * Each row's values are the key values first, then the column values, in the given order.
 */
export async function updateRows(
  manager: EntityManager,
  table: string,
  keys: readonly BulkColumn[],
  columns: readonly BulkColumn[],
  rows: readonly SqlValue[][],
): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  const all = [...keys, ...columns];
  const alias = all.map((column) => column.name).join(', ');
  const assignments = columns.map((column) => `${column.name} = source.${column.name}`).join(', ');
  const match = keys.map((key) => `target.${key.name} = source.${key.name}`).join(' AND ');
  await manager.query(`UPDATE ${table} AS target SET ${assignments} FROM ${unnestOf(all)} AS source(${alias}) WHERE ${match}`, arraysOf(all, rows));
}

export function instantValue(instant: Date | null): string | null {
  return instant === null ? null : instant.toISOString();
}
