import type { JsonObject } from './json-value';

/** SHA-256 digest as 64 lowercase hexadecimal characters. */
export type HexDigest = string;

/** The `previousHash` of the first record of every chain: 32 zero bytes. */
export const GENESIS_HASH: HexDigest = '0'.repeat(64);

/**
 * One sealed entry of the audit ledger: a platform event (CloudEvents 1.0) placed at a position
 * of a hash chain. `hash` covers every other field, so a change to any of them is detectable.
 */
export interface LedgerRecord {
  chainId: string;
  /** Position in the chain, starting at 1 and without gaps. */
  sequence: number;
  eventId: string;
  eventType: string;
  source: string;
  /** The event's `actor` extension attribute, or null when the event has none. */
  actor: string | null;
  debtorId: string | null;
  accountId: string | null;
  /** The event's `time` attribute as published, or null when the event has none. */
  eventTime: string | null;
  /** UTC instant (ISO 8601) at which the ledger sealed the record. */
  recordedAt: string;
  /** The whole CloudEvent as received. */
  payload: JsonObject;
  /** `hash` of the previous record of the chain, or GENESIS_HASH for sequence 1. */
  previousHash: HexDigest;
  /** SHA-256(previousHash bytes ‖ UTF-8 of the RFC 8785 canonical JSON of the other fields). */
  hash: HexDigest;
}

/** A record before sealing: every field that the hash covers. */
export type UnsealedLedgerRecord = Omit<LedgerRecord, 'hash'>;

/** The last sealed position of a chain. */
export interface ChainHead {
  chainId: string;
  sequence: number;
  hash: HexDigest;
}

const HEX_DIGEST = /^[0-9a-f]{64}$/;

export function isHexDigest(value: unknown): value is HexDigest {
  return typeof value === 'string' && HEX_DIGEST.test(value);
}
