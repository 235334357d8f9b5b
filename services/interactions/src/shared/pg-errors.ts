/** Returns whether `error` is PostgreSQL's unique violation (23505) of `constraint`, as TypeORM or pg raise it. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof Error)) {
    return false;
  }
  const driverError = (error as { driverError?: unknown }).driverError ?? error;
  const { code, constraint: violated } = driverError as { code?: unknown; constraint?: unknown };

  return code === '23505' && violated === constraint;
}
