import type { KeyObject } from 'node:crypto';

import type { SignedCheckpoint } from './checkpoint';
import type { LedgerRecord } from './ledger-record';
import { LedgerVerifier } from './ledger-verifier';
import type { LedgerVerificationReport } from './verification-report';

export type RecordSource<T> = AsyncIterable<T> | Iterable<T>;

export interface VerifyLedgerOptions {
  /** Each chain's records in sequence order; chains may be interleaved in any way. */
  records: RecordSource<LedgerRecord>;
  /** Read completely before the first record. Without checkpoints, deleting a chain's last records goes unnoticed. */
  checkpoints?: RecordSource<SignedCheckpoint>;
  /** Keys whose checkpoints are trusted. */
  publicKeys?: Iterable<KeyObject>;
  /** When set, only this chain is verified. */
  chainId?: string;
  /** Calls `onProgress` each time this many more records have been verified (default 100000). */
  progressInterval?: number;
  onProgress?: (recordsVerified: number) => void;
}

const DEFAULT_PROGRESS_INTERVAL = 100_000;

/**
 * Verifies checkpoints and records read from async or sync iterables and returns the report of
 * the first problem. Reading stops as soon as the outcome is settled, which closes the source.
 */
export async function verifyLedger(options: VerifyLedgerOptions): Promise<LedgerVerificationReport> {
  const progressInterval = options.progressInterval ?? DEFAULT_PROGRESS_INTERVAL;
  if (!Number.isSafeInteger(progressInterval) || progressInterval < 1) {
    throw new RangeError(`Invalid progress interval ${progressInterval}: expected a positive integer`);
  }

  const verifier = new LedgerVerifier({ publicKeys: options.publicKeys, chainId: options.chainId });
  for await (const checkpoint of options.checkpoints ?? []) {
    verifier.addCheckpoint(checkpoint);
    if (!verifier.needsMoreRecords) {
      return verifier.finish();
    }
  }

  let nextProgressAt = progressInterval;
  const accept = (record: LedgerRecord): boolean => {
    verifier.acceptRecord(record);
    if (verifier.recordsVerified >= nextProgressAt) {
      options.onProgress?.(verifier.recordsVerified);
      nextProgressAt += progressInterval;
    }
    return verifier.needsMoreRecords;
  };

  const records = options.records;
  if (Symbol.asyncIterator in records) {
    for await (const record of records) {
      if (!accept(record)) {
        break;
      }
    }
  } else {
    // A plain loop spares a sync source the promise that `for await` creates for each record.
    for (const record of records) {
      if (!accept(record)) {
        break;
      }
    }
  }

  return verifier.finish();
}

/** Verifies one chain of a ledger; records of other chains in the source are skipped. */
export function verifyChain(chainId: string, options: Omit<VerifyLedgerOptions, 'chainId'>): Promise<LedgerVerificationReport> {
  return verifyLedger({ ...options, chainId });
}
