import type { SignedCheckpoint } from './checkpoint';
import { isJsonObject, type JsonObject, type JsonValue } from './json-value';
import { isHexDigest, type ChainHead, type LedgerRecord } from './ledger-record';

/**
 * Marks a checkpoint among records in an export or a topic: `"recordType":"checkpoint"`. Record
 * entries have no `recordType` or `"recordType":"record"`.
 */
export const CHECKPOINT_RECORD_TYPE = 'checkpoint';
export const LEDGER_RECORD_TYPE = 'record';

/** Raised when a ledger entry read from outside does not have the shape of a record or checkpoint. */
export class MalformedLedgerEntryError extends Error {
  override readonly name = 'MalformedLedgerEntryError';

  constructor(
    /** Path of the offending member, for example `heads[2].hash`; empty for the entry itself. */
    readonly field: string,
    /** Expected form of the member, for example "a positive integer". */
    readonly expectedForm: string,
  ) {
    super(field === '' ? `Malformed ledger entry: expected ${expectedForm}` : `Malformed ledger entry: "${field}" must be ${expectedForm}`);
  }
}

export type LedgerEntry = { recordType: 'record'; record: LedgerRecord } | { recordType: 'checkpoint'; checkpoint: SignedCheckpoint };

const RECORD_FIELDS = new Set([
  'recordType',
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
  'hash',
]);
const CHECKPOINT_FIELDS = new Set(['recordType', 'checkpointSequence', 'createdAt', 'keyId', 'heads', 'signature']);
const HEAD_FIELDS = new Set(['chainId', 'sequence', 'hash']);

/** Tells whether a parsed entry is a checkpoint, without checking the rest of its shape. */
export function isCheckpointEntry(value: JsonValue): boolean {
  return isJsonObject(value) && value.recordType === CHECKPOINT_RECORD_TYPE;
}

/**
 * Decodes a parsed ledger entry, checking every member. Unknown members are rejected, because
 * the hash and signature cover only the known ones and an added member would go unnoticed.
 */
export function decodeLedgerEntry(value: JsonValue): LedgerEntry {
  if (isCheckpointEntry(value)) {
    return { recordType: 'checkpoint', checkpoint: decodeSignedCheckpoint(value) };
  }
  return { recordType: 'record', record: decodeLedgerRecord(value) };
}

export function decodeLedgerRecord(value: JsonValue): LedgerRecord {
  const entry = requireObject(value, '', RECORD_FIELDS);
  if (entry.recordType !== undefined && entry.recordType !== LEDGER_RECORD_TYPE) {
    throw new MalformedLedgerEntryError('recordType', `absent, "${LEDGER_RECORD_TYPE}" or "${CHECKPOINT_RECORD_TYPE}"`);
  }

  return {
    chainId: requireString(entry, 'chainId'),
    sequence: requirePositiveInteger(entry, 'sequence'),
    eventId: requireString(entry, 'eventId'),
    eventType: requireString(entry, 'eventType'),
    source: requireString(entry, 'source'),
    actor: requireStringOrNull(entry, 'actor'),
    debtorId: requireStringOrNull(entry, 'debtorId'),
    accountId: requireStringOrNull(entry, 'accountId'),
    eventTime: requireStringOrNull(entry, 'eventTime'),
    recordedAt: requireString(entry, 'recordedAt'),
    payload: requireObject(entry.payload, 'payload'),
    previousHash: requireDigest(entry, 'previousHash'),
    hash: requireDigest(entry, 'hash'),
  };
}

export function decodeSignedCheckpoint(value: JsonValue): SignedCheckpoint {
  const entry = requireObject(value, '', CHECKPOINT_FIELDS);
  const heads = entry.heads;
  if (!Array.isArray(heads)) {
    throw new MalformedLedgerEntryError('heads', 'an array of chain heads');
  }

  return {
    checkpointSequence: requirePositiveInteger(entry, 'checkpointSequence'),
    createdAt: requireString(entry, 'createdAt'),
    keyId: requireString(entry, 'keyId'),
    heads: heads.map((head, index) => decodeChainHead(head, `heads[${index}]`)),
    signature: requireString(entry, 'signature'),
  };
}

function decodeChainHead(value: JsonValue, path: string): ChainHead {
  const head = requireObject(value, path, HEAD_FIELDS);
  return {
    chainId: requireString(head, 'chainId', path),
    sequence: requirePositiveInteger(head, 'sequence', path),
    hash: requireDigest(head, 'hash', path),
  };
}

function requireObject(value: JsonValue | undefined, path: string, allowedFields?: ReadonlySet<string>): JsonObject {
  if (!isJsonObject(value)) {
    throw new MalformedLedgerEntryError(path, 'a JSON object');
  }
  if (allowedFields === undefined) {
    return value;
  }

  for (const field in value) {
    if (!allowedFields.has(field)) {
      throw new MalformedLedgerEntryError(join(path, field), 'absent: it is not a member of this entry type');
    }
  }
  return value;
}

function requireString(entry: JsonObject, field: string, path = ''): string {
  const value = entry[field];
  if (typeof value !== 'string' || value.length === 0) {
    throw new MalformedLedgerEntryError(join(path, field), 'a non-empty string');
  }
  return value;
}

function requireStringOrNull(entry: JsonObject, field: string): string | null {
  const value = entry[field];
  if (value === null || typeof value === 'string') {
    return value;
  }
  throw new MalformedLedgerEntryError(field, 'a string or null');
}

function requirePositiveInteger(entry: JsonObject, field: string, path = ''): number {
  const value = entry[field];
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new MalformedLedgerEntryError(join(path, field), 'a positive integer');
  }
  return value;
}

function requireDigest(entry: JsonObject, field: string, path = ''): string {
  const value = entry[field];
  if (!isHexDigest(value)) {
    throw new MalformedLedgerEntryError(join(path, field), 'a SHA-256 digest in 64 lowercase hexadecimal characters');
  }
  return value;
}

function join(path: string, field: string): string {
  return path === '' ? field : `${path}.${field}`;
}
