import { DomainError } from '@bitacora/http';

/** Position after which the next page starts: the sort key of the last record returned. */
export interface RecordCursor {
  recordedAt: string;
  chainId: string;
  sequence: number;
}

export function encodeCursor(cursor: RecordCursor): string {
  return Buffer.from(JSON.stringify([cursor.recordedAt, cursor.chainId, cursor.sequence]), 'utf8').toString('base64url');
}

/** Decodes a cursor from a previous page; a cursor that was not issued here is a 400 on `cursor`. */
export function decodeCursor(text: string): RecordCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }

  if (!Array.isArray(parsed) || parsed.length !== 3) {
    throw invalidCursor();
  }
  const [recordedAt, chainId, sequence] = parsed as unknown[];
  if (typeof recordedAt !== 'string' || Number.isNaN(Date.parse(recordedAt)) || typeof chainId !== 'string' || !Number.isSafeInteger(sequence)) {
    throw invalidCursor();
  }
  return { recordedAt, chainId, sequence: sequence as number };
}

function invalidCursor(): DomainError {
  return new DomainError('request.invalid', 400, {}, [{ field: 'cursor', code: 'field.cursor' }]);
}
