import canonicalize from 'canonicalize';

import type { UnsealedLedgerRecord } from './ledger-record';

/** Raised when a value has no RFC 8785 form: NaN, Infinity, a lone surrogate, a bigint, a cycle. */
export class CanonicalJsonError extends Error {
  override readonly name = 'CanonicalJsonError';
}

/** Serializes a value as RFC 8785 (JSON Canonicalization Scheme) text. */
export function canonicalJson(value: unknown): string {
  if (isInCanonicalOrder(value, 0)) {
    return JSON.stringify(value);
  }

  let text: string | undefined;
  try {
    text = canonicalize(value);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CanonicalJsonError(`Value cannot be canonicalized (RFC 8785): ${reason}`, { cause: error });
  }

  if (text === undefined) {
    throw new CanonicalJsonError('Value cannot be canonicalized (RFC 8785): it has no JSON representation');
  }
  return text;
}

/** A JSON value copied with its members in RFC 8785 order, and its RFC 8785 text. */
export interface CanonicalForm<T> {
  value: T;
  text: string;
}

/**
 * Copies a value with every object's members in RFC 8785 order and serializes the copy. Because
 * JSON.stringify writes members in insertion order, the copy's JSON.stringify text is its
 * canonical form, so one pass yields both without parsing the text back.
 */
export function canonicalForm<T>(value: T): CanonicalForm<T> {
  const copy = canonicalCopy(value, 0);
  if (copy !== NOT_COPIED) {
    return { value: copy as T, text: JSON.stringify(copy) };
  }
  // Values that the copy does not handle take the general path, which also reports the errors.
  const text = canonicalJson(value);
  return { value: JSON.parse(text) as T, text };
}

const NOT_COPIED = Symbol('not copied');

function canonicalCopy(value: unknown, depth: number): unknown {
  switch (typeof value) {
    case 'string':
      return isWellFormed(value) ? value : NOT_COPIED;
    case 'number':
      return Number.isFinite(value) ? value : NOT_COPIED;
    case 'boolean':
      return value;
    case 'object':
      break;
    default:
      return NOT_COPIED;
  }
  if (value === null) {
    return null;
  }
  if (depth >= MAX_FAST_PATH_DEPTH) {
    return NOT_COPIED;
  }
  if (Array.isArray(value)) {
    const array: unknown[] = new Array(value.length);
    for (let index = 0; index < value.length; index++) {
      const element = canonicalCopy(value[index], depth + 1);
      if (element === NOT_COPIED) {
        return NOT_COPIED;
      }
      array[index] = element;
    }
    return array;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    return NOT_COPIED;
  }
  const object = value as Record<string, unknown>;
  // Array-index names are enumerated first whatever the insertion order, and assigning
  // "__proto__" would set the prototype, so objects with such names take the general path.
  const keys = Object.keys(object).sort();
  const copy: Record<string, unknown> = {};
  for (const key of keys) {
    if (!isWellFormed(key) || isArrayIndex(key) || key === '__proto__') {
      return NOT_COPIED;
    }
    const member = object[key];
    if (member === undefined) {
      continue;
    }
    const copied = canonicalCopy(member, depth + 1);
    if (copied === NOT_COPIED) {
      return NOT_COPIED;
    }
    copy[key] = copied;
  }
  return copy;
}

function isArrayIndex(key: string): boolean {
  const first = key.charCodeAt(0);
  return first >= 48 && first <= 57 && String(Number(key) >>> 0) === key && key !== '4294967295';
}

// Deeper values go to the canonicalize package, which needs no call stack for nesting.
const MAX_FAST_PATH_DEPTH = 64;

/**
 * Tells whether JSON.stringify of the value already is its RFC 8785 form. RFC 8785 takes its
 * number and string serialization from ECMAScript's JSON.stringify, so the two differ only in
 * member order, and in what they do with NaN, Infinity and lone surrogates. The check therefore
 * requires plain objects whose members, enumerated in the order JSON.stringify writes them
 * (array-index names first), rise in code-unit order, well-formed strings and finite numbers.
 *
 * Records parsed from canonical JSON text pass this check, and JSON.stringify serializes them
 * about twice as fast as the general algorithm.
 */
function isInCanonicalOrder(value: unknown, depth: number): boolean {
  switch (typeof value) {
    case 'string':
      return isWellFormed(value);
    case 'number':
      return Number.isFinite(value);
    case 'boolean':
      return true;
    case 'object':
      break;
    default:
      return false;
  }

  if (value === null) {
    return true;
  }
  if (depth >= MAX_FAST_PATH_DEPTH) {
    return false;
  }
  if (Array.isArray(value)) {
    return isArrayInCanonicalOrder(value, depth);
  }

  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    return false;
  }

  const object = value as Record<string, unknown>;
  let previousKey: string | null = null;
  for (const key in object) {
    if (!isWellFormed(key) || (previousKey !== null && !(previousKey < key))) {
      return false;
    }
    const member = object[key];
    // JSON.stringify drops undefined members exactly as RFC 8785 serializers do.
    if (member !== undefined && !isInCanonicalOrder(member, depth + 1)) {
      return false;
    }
    previousKey = key;
  }
  return true;
}

/** String.prototype.isWellFormed (ES2024, in Node 20 and later); the project's `lib` is ES2023. */
function isWellFormed(text: string): boolean {
  return (text as string & { isWellFormed(): boolean }).isWellFormed();
}

function isArrayInCanonicalOrder(array: unknown[], depth: number): boolean {
  for (let index = 0; index < array.length; index++) {
    const element = array[index];
    if (element !== undefined && !isInCanonicalOrder(element, depth + 1)) {
      return false;
    }
  }
  return true;
}

const RECORD_BODY_FIELDS = [
  'chainId',
  'sequence',
  'eventId',
  'eventType',
  'source',
  'actor',
  'debtorId',
  'accountId',
  'eventTime',
  'recordedAt',
  'payload',
  'previousHash',
] as const satisfies readonly (keyof UnsealedLedgerRecord)[];

// Fails to compile when UnsealedLedgerRecord gains a field that the list above lacks.
type MissingBodyField = Exclude<keyof UnsealedLedgerRecord, (typeof RECORD_BODY_FIELDS)[number]>;
const everyBodyFieldListed: [MissingBodyField] extends [never] ? true : never = true;
void everyBodyFieldListed;

// RFC 8785 orders object members by the UTF-16 code units of their names, which is what the
// default Array.prototype.sort comparison does.
const SORTED_BODY_FIELDS = [...RECORD_BODY_FIELDS].sort();
const BODY_FIELD_PREFIXES = SORTED_BODY_FIELDS.map(
  (field, index) => (index === 0 ? '{' : ',') + JSON.stringify(field) + ':',
);

/**
 * Serializes the hashed fields of a record (every field but `hash`) as RFC 8785 text.
 *
 * The result equals `canonicalJson` of an object that contains exactly those fields. The top
 * level is written here in a fixed member order, so verification neither copies the record to
 * drop `hash` nor sorts its member names. Members other than the listed fields are left out.
 * A caller that already has the canonical text of the payload passes it as `payloadText`.
 */
export function canonicalRecordBody(record: UnsealedLedgerRecord, payloadText?: string): string {
  let text = '';
  for (let index = 0; index < SORTED_BODY_FIELDS.length; index++) {
    const field = SORTED_BODY_FIELDS[index];
    const valueText = field === 'payload' && payloadText !== undefined ? payloadText : canonicalJson(record[field]);
    text += BODY_FIELD_PREFIXES[index] + valueText;
  }
  return text + '}';
}
