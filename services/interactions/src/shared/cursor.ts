import { isValidBusinessDate } from '@bitacora/domain';
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

// A timestamptz as toISOString() or PostgreSQL's text output writes it.
const SORT_INSTANT = /^(\d{4}-\d{2}-\d{2})[T ]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]\d{2}(:\d{2})?)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isSortInstant(value: string): boolean {
  const match = SORT_INSTANT.exec(value);
  return value === '-infinity' || (match !== null && isValidBusinessDate(match[1]));
}

/**
 * Decodes an `(instant, id)` cursor and checks both parts, so a forged cursor is a 400 on
 * `cursor` rather than a failed query. Ids are UUIDs unless `idPattern` says otherwise.
 */
export function decodeTimeCursor(cursor: string, idPattern = UUID): [string, string] {
  const [instant, id] = decodeCursor(cursor, 2);
  if (!isSortInstant(instant) || !idPattern.test(id)) {
    throw invalidCursor();
  }

  return [instant, id];
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
