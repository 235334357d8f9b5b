import canonicalize from 'canonicalize';

import type { UnsealedLedgerRecord } from './ledger-record';

/** Raised when a value has no RFC 8785 form: NaN, Infinity, a lone surrogate, a bigint, a cycle. */
export class CanonicalJsonError extends Error {
  override readonly name = 'CanonicalJsonError';
}

/** Serializes a value as RFC 8785 (JSON Canonicalization Scheme) text. */
export function canonicalJson(value: unknown): string {
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
 * The result equals `canonicalJson` of an object holding exactly those fields. The top level is
 * written here in a fixed member order so that verification neither copies the record to drop
 * `hash` nor sorts its member names; members other than the listed fields are never included.
 */
export function canonicalRecordBody(record: UnsealedLedgerRecord): string {
  let text = '';
  for (let index = 0; index < SORTED_BODY_FIELDS.length; index++) {
    text += BODY_FIELD_PREFIXES[index] + canonicalJson(record[SORTED_BODY_FIELDS[index]]);
  }
  return text + '}';
}
