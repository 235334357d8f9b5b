import { DomainError } from '@bitacora/http';

/** Encodes the sort key of the last row of a page as an opaque base64url cursor. */
export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** Decodes a cursor made by encodeCursor with `size` parts; a malformed one is a 400 on `cursor`. */
export function decodeCursor(cursor: string, size: number): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }

  const valid = Array.isArray(parsed) && parsed.length === size && parsed.every((part) => typeof part === 'string' && part.length <= 200);
  if (!valid) {
    throw invalidCursor();
  }

  return parsed as string[];
}

function invalidCursor(): DomainError {
  return new DomainError('request.invalid', 400, {}, [{ field: 'cursor', code: 'field.cursor' }]);
}

/** A page of results and the cursor of the next page, null on the last one. */
export interface Page<Item> {
  items: Item[];
  nextCursor: string | null;
}

/** Cuts the extra row a query fetched to know whether another page follows. */
export function pageOf<Row, Item>(rows: Row[], limit: number, toItem: (row: Row) => Item, keyOf: (row: Row) => string[]): Page<Item> {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];

  return { items: pageRows.map(toItem), nextCursor: hasMore && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
