import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/**
 * SHA-256 of the method, the path with its query string, and the RFC 8785 canonical JSON of the
 * body, so that a retry whose body differs only in key order or whitespace counts as the same
 * request.
 */
export function requestHashOf(method: string, path: string, body: unknown): Buffer {
  const canonicalBody = body === undefined ? '' : (canonicalize(body) ?? '');
  return createHash('sha256').update(`${method.toUpperCase()}\n${path}\n${canonicalBody}`, 'utf8').digest();
}

/** An Idempotency-Key: 1 to 255 visible ASCII characters; a UUID is the usual choice. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

export function isValidIdempotencyKey(value: string): boolean {
  return IDEMPOTENCY_KEY.test(value);
}
