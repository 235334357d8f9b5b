import type { LedgerRecord, SignedCheckpoint } from '../ledger';

/**
 * Input of a verification, such as a JSON Lines export or, later, the audit topic.
 * `checkpoints` is read to its end before `records` is opened.
 */
export interface LedgerSource {
  checkpoints(): AsyncIterable<SignedCheckpoint>;
  records(): AsyncIterable<LedgerRecord>;
}
