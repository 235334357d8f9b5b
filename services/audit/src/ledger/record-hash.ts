import { hash } from 'node:crypto';

import { canonicalRecordBody } from './canonical-json';
import type { HexDigest, UnsealedLedgerRecord } from './ledger-record';

const DIGEST_BYTES = 32;

// One scratch buffer for every digest: hashing is synchronous, so no two calls share it at once,
// and reusing it saves two buffer allocations per record.
let scratch = Buffer.allocUnsafe(64 * 1024);

/**
 * Computes SHA-256(previousHash bytes ‖ UTF-8 bytes of canonicalBody) as lowercase hex.
 * `previousHash` must already be a valid 64-character hex digest.
 */
export function chainDigest(previousHash: HexDigest, canonicalBody: string): HexDigest {
  // A UTF-16 code unit never takes more than 3 bytes in UTF-8, so this bound avoids measuring
  // the body before writing it.
  const maxLength = DIGEST_BYTES + canonicalBody.length * 3;
  if (scratch.length < maxLength) {
    scratch = Buffer.allocUnsafe(Math.max(maxLength, scratch.length * 2));
  }

  const previousLength = scratch.write(previousHash, 0, DIGEST_BYTES, 'hex');
  if (previousLength !== DIGEST_BYTES || previousHash.length !== DIGEST_BYTES * 2) {
    throw new RangeError(`Invalid previous hash "${previousHash}": expected 64 hexadecimal characters`);
  }
  const bodyLength = scratch.write(canonicalBody, DIGEST_BYTES, 'utf8');
  return hash('sha256', scratch.subarray(0, DIGEST_BYTES + bodyLength), 'hex');
}

/**
 * Computes the `hash` of a record from its other fields. `payloadText`, when given, must be the
 * RFC 8785 text of `record.payload`.
 */
export function computeRecordHash(record: UnsealedLedgerRecord, payloadText?: string): HexDigest {
  return chainDigest(record.previousHash, canonicalRecordBody(record, payloadText));
}
