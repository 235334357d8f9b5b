import { decodeCursor } from '../http/cursor';

/**
 * WHERE clause of a keyset-paged list: optional equality or range filters, then the position
 * after the cursor. Values are bound as numbered parameters, never spliced into the SQL.
 */
export class ListFilter {
  readonly values: unknown[] = [];
  private readonly conditions: string[] = [];

  /** Adds `condition`, whose `?` stands for `value`, unless the value is absent. */
  where(condition: string, value: unknown): this {
    if (value === undefined) {
      return this;
    }
    this.values.push(value);
    this.conditions.push(condition.replace('?', `$${this.values.length}`));
    return this;
  }

  /**
   * Continues after `cursor` in the order of `(sortColumn, id)`: `>` for an ascending list, `<`
   * for a descending one. `sortType` is the SQL type of the sort column.
   */
  after(cursor: string | undefined, sortColumn: string, sortType: string, operator: '<' | '>'): this {
    if (cursor === undefined) {
      return this;
    }
    const [sortValue, id] = decodeCursor(cursor, 2);
    this.values.push(sortValue, id);
    this.conditions.push(`(${sortColumn}, id) ${operator} ($${this.values.length - 1}::${sortType}, $${this.values.length}::uuid)`);
    return this;
  }

  /** Returns the WHERE clause and binds `limit` as the last parameter, for `LIMIT $n`. */
  finish(limit: number): { where: string; limitParameter: string } {
    this.values.push(limit);
    const where = this.conditions.length === 0 ? '' : `WHERE ${this.conditions.join(' AND ')}`;
    return { where, limitParameter: `$${this.values.length}` };
  }
}
