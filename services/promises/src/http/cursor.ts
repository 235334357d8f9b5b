import { DomainError } from '@bitacora/http';

/** Encodes an opaque position in a list: the sort key values of the last item returned. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/** Reads a cursor that encodeCursor made with `size` string values; rejects anything else as a field error. */
export function decodeCursor(cursor: string, size: number): string[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(values) || values.length !== size || !values.every((value) => typeof value === 'string')) {
    throw invalidCursor();
  }
  return values as string[];
}

function invalidCursor(): DomainError {
  return new DomainError('request.invalid', 400, {}, [{ field: 'cursor', code: 'field.cursor' }]);
}

/** A page of a list and the cursor of the next page, absent on the last page. */
export interface Page<Item> {
  items: Item[];
  nextCursor?: string;
}

/** Cuts the `limit + 1` rows a query fetched into a page; the extra row only shows that more exist. */
export function pageOf<Row, Item>(rows: readonly Row[], limit: number, view: (row: Row) => Item, keyOf: (row: Row) => (string | number)[]): Page<Item> {
  const items = rows.slice(0, limit);
  const page: Page<Item> = { items: items.map(view) };
  if (rows.length > limit && items.length > 0) {
    page.nextCursor = encodeCursor(keyOf(items[items.length - 1]));
  }
  return page;
}
