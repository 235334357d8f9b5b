import { RequestValidationError } from '@bitacora/http';
import { TIMELINE_KINDS, TimelineKind, TimelinePosition, normalizedInstant } from './timeline-entry';

const CURSOR_VERSION = 1;
const MAX_CURSOR_LENGTH = 600;

/** Encodes the position of the last entry of a page as an opaque base64url cursor. */
export function encodeTimelineCursor(position: TimelinePosition): string {
  return Buffer.from(JSON.stringify({ v: CURSOR_VERSION, t: position.occurredAt, k: position.kind, i: position.id }), 'utf8').toString('base64url');
}

function invalidCursor(): RequestValidationError {
  return new RequestValidationError([{ field: 'cursor', code: 'field.cursor' }]);
}

function parseCursor(cursor: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      return parsed as Record<string, unknown>;
    }
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
  }
  throw invalidCursor();
}

/** Decodes a cursor made by encodeTimelineCursor; anything else is a 400 naming `cursor`. */
export function decodeTimelineCursor(cursor: string): TimelinePosition {
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) {
    throw invalidCursor();
  }
  const parsed = parseCursor(cursor);
  const occurredAt = normalizedInstant(parsed.t);
  const kind = parsed.k;
  const id = parsed.i;
  const valid =
    parsed.v === CURSOR_VERSION &&
    occurredAt === parsed.t &&
    (TIMELINE_KINDS as readonly unknown[]).includes(kind) &&
    typeof id === 'string' &&
    id.length > 0 &&
    id.length <= 200;
  if (!valid || occurredAt === undefined) {
    throw invalidCursor();
  }
  return { occurredAt, kind: kind as TimelineKind, id: id as string };
}
