/** Returns whether `error` is PostgreSQL's unique violation (23505) of `constraint`, as TypeORM or pg raise it. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof Error)) {
    return false;
  }
  const driverError = (error as { driverError?: unknown }).driverError ?? error;
  const { code, constraint: violated } = driverError as { code?: unknown; constraint?: unknown };

  return code === '23505' && violated === constraint;
}

/**
 * Returns the rows of an UPDATE ... RETURNING run through EntityManager.query. TypeORM's Postgres
 * driver returns `[rows, affectedCount]` for UPDATE and DELETE, and the rows alone for other statements.
 */
export function updatedRows<Row>(result: unknown): Row[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as Row[];
  }

  return result as Row[];
}
