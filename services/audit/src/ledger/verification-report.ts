import type { HexDigest } from './ledger-record';

/**
 * Kind of the first problem found in the ledger. The meaning of `expected` and `found`
 * depends on the kind:
 * - HASH_MISMATCH: the recomputed hash, and the stored `hash` (the record was changed).
 * - PREVIOUS_HASH_MISMATCH: the hash of the chain's previous record (or the genesis hash), and
 *   the stored `previousHash`.
 * - SEQUENCE_GAP: the missing sequence, and the sequence that came in its place (records were
 *   deleted).
 * - SEQUENCE_OUT_OF_ORDER: the sequence due at that position, and the sequence found there
 *   (records were moved or repeated).
 * - CHECKPOINT_SIGNATURE_INVALID: the key or signature the verifier accepts, and what the
 *   checkpoint carries (the checkpoint was forged or altered).
 * - CHECKPOINT_HEAD_MISMATCH: the head hash that the checkpoint signed, and the recomputed hash
 *   at that sequence or the chain's actual end (the chain was rewritten or truncated).
 */
export type LedgerProblemKind =
  | 'HASH_MISMATCH'
  | 'PREVIOUS_HASH_MISMATCH'
  | 'SEQUENCE_GAP'
  | 'SEQUENCE_OUT_OF_ORDER'
  | 'CHECKPOINT_SIGNATURE_INVALID'
  | 'CHECKPOINT_HEAD_MISMATCH';

export interface LedgerProblem {
  kind: LedgerProblemKind;
  /** The chain at fault; null for a checkpoint signature problem, which concerns no one chain. */
  chainId: string | null;
  /** The chain position at fault; null for a checkpoint signature problem. */
  sequence: number | null;
  /** The checkpoint at fault, for the two checkpoint kinds; null otherwise. */
  checkpointSequence: number | null;
  expected: string;
  found: string;
}

export interface ChainSummary {
  chainId: string;
  /** Records of this chain that were verified. */
  records: number;
  headSequence: number;
  headHash: HexDigest;
}

export interface LedgerVerificationReport {
  ok: boolean;
  recordsVerified: number;
  checkpointsVerified: number;
  /** Chains seen, ordered by chain id, with the counts verified before any problem. */
  chains: ChainSummary[];
  /** The first problem found, or null when the ledger is valid. */
  problem: LedgerProblem | null;
}
