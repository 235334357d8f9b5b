/** One SQL statement and its parameters, to run alone or as part of a larger statement. */
export interface Statement {
  sql: string;
  parameters: unknown[];
}

/**
 * Renumbers the `$n` placeholders of `statement` to follow `before` parameters, so that several
 * statements can be joined into one (for example as the parts of a WITH).
 */
export function shifted(statement: Statement, before: number): Statement {
  return { sql: statement.sql.replace(/\$(\d+)/g, (_whole, index: string) => `$${Number(index) + before}`), parameters: statement.parameters };
}
