import { FieldProblem, RequestValidationError } from '@bitacora/http';

/**
 * Rejects query parameters or body fields sent to a route that declares none, the same way the
 * validation pipe rejects unknown fields of a declared DTO.
 */
export function rejectUndeclaredInput(declares: { query: boolean; body: boolean }, query: unknown, body: unknown): void {
  const problems: FieldProblem[] = [];
  if (!declares.query) {
    problems.push(...keysOf(query).map((key) => ({ field: key, code: 'field.unknown' })));
  }
  if (!declares.body && body !== undefined && body !== null) {
    const keys = keysOf(body);
    const isEmptyObject = typeof body === 'object' && !Array.isArray(body) && keys.length === 0;
    if (!isEmptyObject) {
      problems.push(...(keys.length > 0 ? keys.map((key) => ({ field: key, code: 'field.unknown' })) : [{ field: 'body', code: 'field.unknown' }]));
    }
  }
  if (problems.length > 0) {
    throw new RequestValidationError(problems);
  }
}

function keysOf(value: unknown): string[] {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.keys(value) : [];
}
