import type { KeyObject } from 'node:crypto';

import { CanonicalJsonError } from './canonical-json';
import { compareChainIds } from './chain-id';
import { isCheckpointSignatureValid, type SignedCheckpoint } from './checkpoint';
import { GENESIS_HASH, type HexDigest, type LedgerRecord } from './ledger-record';
import { computeRecordHash } from './record-hash';
import { computeKeyId } from './signing-keys';
import type { ChainSummary, LedgerProblem, LedgerProblemKind, LedgerVerificationReport } from './verification-report';

export interface LedgerVerifierOptions {
  /** Keys whose checkpoints are trusted; a checkpoint signed by any other key is invalid. */
  publicKeys?: Iterable<KeyObject>;
  /** When set, only this chain is verified: other chains' records and heads are skipped. */
  chainId?: string;
}

/** A chain head that a checkpoint signed and that the recomputed chain must reach. */
interface HeadExpectation {
  sequence: number;
  hash: HexDigest;
  checkpointSequence: number;
}

interface ChainState {
  chainId: string;
  sequence: number;
  hash: HexDigest;
  records: number;
  expectations: HeadExpectation[];
  nextExpectation: number;
}

/** A record that arrived with a higher sequence than its chain's next one. */
interface SequenceJump {
  chainId: string;
  expectedSequence: number;
  foundSequence: number;
}

const NO_EXPECTATIONS: HeadExpectation[] = [];

/**
 * Verifies a ledger incrementally and stops at the first problem. Add every checkpoint first,
 * then the records: each chain's records in sequence order, chains in any interleaving.
 *
 * Memory grows with the number of chains and checkpoint heads, not with the number of records.
 */
export class LedgerVerifier {
  private readonly publicKeysById = new Map<string, KeyObject>();
  private readonly chainFilter: string | undefined;
  private readonly chains = new Map<string, ChainState>();
  private readonly expectationsByChain = new Map<string, HeadExpectation[]>();
  private recordsStarted = false;
  private problem: LedgerProblem | null = null;
  private jump: SequenceJump | null = null;
  private verifiedRecords = 0;
  private verifiedCheckpoints = 0;

  constructor(options: LedgerVerifierOptions = {}) {
    for (const publicKey of options.publicKeys ?? []) {
      this.publicKeysById.set(computeKeyId(publicKey), publicKey);
    }
    this.chainFilter = options.chainId;
  }

  get recordsVerified(): number {
    return this.verifiedRecords;
  }

  /** False once the outcome is settled, so that the caller can stop reading records. */
  get needsMoreRecords(): boolean {
    return this.problem === null;
  }

  addCheckpoint(checkpoint: SignedCheckpoint): void {
    if (this.recordsStarted) {
      throw new Error('Checkpoints must be added before the first record, so that every head can be compared');
    }
    if (this.problem !== null) {
      return;
    }

    if (!this.isSignedByTrustedKey(checkpoint)) {
      return;
    }

    for (const head of checkpoint.heads) {
      if (this.chainFilter !== undefined && head.chainId !== this.chainFilter) {
        continue;
      }
      const expectation = { sequence: head.sequence, hash: head.hash, checkpointSequence: checkpoint.checkpointSequence };
      const expectations = this.expectationsByChain.get(head.chainId);
      if (expectations === undefined) {
        this.expectationsByChain.set(head.chainId, [expectation]);
      } else {
        expectations.push(expectation);
      }
    }
    this.verifiedCheckpoints++;
  }

  acceptRecord(record: LedgerRecord): void {
    if (!this.recordsStarted) {
      this.startRecords();
    }
    if (this.problem !== null) {
      return;
    }
    if (this.chainFilter !== undefined && record.chainId !== this.chainFilter) {
      return;
    }
    if (this.jump !== null) {
      this.classifyJump(record);
      return;
    }

    const chain = this.chains.get(record.chainId) ?? this.startChain(record.chainId);
    const expectedSequence = chain.sequence + 1;
    if (record.sequence !== expectedSequence) {
      this.reportSequenceBreak(chain, record.sequence);
      return;
    }

    if (record.previousHash !== chain.hash) {
      this.fail('PREVIOUS_HASH_MISMATCH', record.chainId, record.sequence, chain.hash, record.previousHash);
      return;
    }

    const recomputedHash = this.recomputeHash(record);
    if (recomputedHash !== record.hash) {
      this.fail('HASH_MISMATCH', record.chainId, record.sequence, recomputedHash, record.hash);
      return;
    }

    chain.sequence = record.sequence;
    chain.hash = recomputedHash;
    chain.records++;
    this.verifiedRecords++;
    this.compareCheckpointHeads(chain);
  }

  /** Ends the input and returns the report. */
  finish(): LedgerVerificationReport {
    if (this.problem === null && this.jump !== null) {
      const { chainId, expectedSequence, foundSequence } = this.jump;
      this.fail('SEQUENCE_GAP', chainId, expectedSequence, String(expectedSequence), String(foundSequence));
    }
    if (this.problem === null) {
      this.reportUnreachedHeads();
    }

    return {
      ok: this.problem === null,
      recordsVerified: this.verifiedRecords,
      checkpointsVerified: this.verifiedCheckpoints,
      chains: this.summarizeChains(),
      problem: this.problem,
    };
  }

  private isSignedByTrustedKey(checkpoint: SignedCheckpoint): boolean {
    const publicKey = this.publicKeysById.get(checkpoint.keyId);
    if (publicKey === undefined) {
      const trusted = [...this.publicKeysById.keys()].join(', ') || 'none';
      this.failCheckpointSignature(checkpoint, `signature by a trusted key (${trusted})`, `signature by unknown key ${checkpoint.keyId}`);
      return false;
    }

    if (!isCheckpointSignatureValid(checkpoint, publicKey)) {
      this.failCheckpointSignature(checkpoint, `valid Ed25519 signature by key ${checkpoint.keyId}`, `signature ${checkpoint.signature}`);
      return false;
    }
    return true;
  }

  private startRecords(): void {
    this.recordsStarted = true;
    for (const expectations of this.expectationsByChain.values()) {
      expectations.sort((left, right) => left.sequence - right.sequence || left.checkpointSequence - right.checkpointSequence);
    }
  }

  private startChain(chainId: string): ChainState {
    const chain: ChainState = {
      chainId,
      sequence: 0,
      hash: GENESIS_HASH,
      records: 0,
      expectations: this.expectationsByChain.get(chainId) ?? NO_EXPECTATIONS,
      nextExpectation: 0,
    };
    this.chains.set(chainId, chain);
    return chain;
  }

  /**
   * Reports a sequence other than the chain's next one. A lower or repeated sequence is out of
   * order at once. A higher one may mean deleted records or records moved later in the input, so
   * the decision waits until the missing sequence shows up in the rest of the input (out of
   * order) or never does (gap).
   */
  private reportSequenceBreak(chain: ChainState, foundSequence: number): void {
    const expectedSequence = chain.sequence + 1;
    if (foundSequence > expectedSequence) {
      this.jump = { chainId: chain.chainId, expectedSequence, foundSequence };
      return;
    }
    this.fail('SEQUENCE_OUT_OF_ORDER', chain.chainId, expectedSequence, String(expectedSequence), String(foundSequence));
  }

  private classifyJump(record: LedgerRecord): void {
    const jump = this.jump;
    if (jump === null || record.chainId !== jump.chainId || record.sequence !== jump.expectedSequence) {
      return;
    }
    this.fail('SEQUENCE_OUT_OF_ORDER', jump.chainId, jump.expectedSequence, String(jump.expectedSequence), String(jump.foundSequence));
  }

  private recomputeHash(record: LedgerRecord): string {
    try {
      return computeRecordHash(record);
    } catch (error) {
      // A record that cannot be canonicalized was never sealed in that form.
      if (error instanceof CanonicalJsonError) {
        return `not computable: ${error.message}`;
      }
      throw error;
    }
  }

  private compareCheckpointHeads(chain: ChainState): void {
    const expectations = chain.expectations;
    while (chain.nextExpectation < expectations.length && expectations[chain.nextExpectation].sequence === chain.sequence) {
      const expectation = expectations[chain.nextExpectation];
      if (expectation.hash !== chain.hash) {
        this.failCheckpointHead(chain.chainId, expectation, chain.hash);
        return;
      }
      chain.nextExpectation++;
    }
  }

  private reportUnreachedHeads(): void {
    const chainIds = [...this.expectationsByChain.keys()].sort(compareChainIds);
    for (const chainId of chainIds) {
      const expectations = this.expectationsByChain.get(chainId) ?? NO_EXPECTATIONS;
      const chain = this.chains.get(chainId);
      const expectation = expectations[chain?.nextExpectation ?? 0];
      if (expectation === undefined) {
        continue;
      }

      const found = chain === undefined ? 'no records for this chain' : `chain ends at sequence ${chain.sequence}`;
      this.failCheckpointHead(chainId, expectation, found);
      return;
    }
  }

  private summarizeChains(): ChainSummary[] {
    return [...this.chains.values()]
      .map((chain) => ({ chainId: chain.chainId, records: chain.records, headSequence: chain.sequence, headHash: chain.hash }))
      .sort((left, right) => compareChainIds(left.chainId, right.chainId));
  }

  private fail(kind: LedgerProblemKind, chainId: string, sequence: number, expected: string, found: string): void {
    this.problem = { kind, chainId, sequence, checkpointSequence: null, expected, found };
  }

  private failCheckpointSignature(checkpoint: SignedCheckpoint, expected: string, found: string): void {
    this.problem = {
      kind: 'CHECKPOINT_SIGNATURE_INVALID',
      chainId: null,
      sequence: null,
      checkpointSequence: checkpoint.checkpointSequence,
      expected,
      found,
    };
  }

  private failCheckpointHead(chainId: string, expectation: HeadExpectation, found: string): void {
    this.problem = {
      kind: 'CHECKPOINT_HEAD_MISMATCH',
      chainId,
      sequence: expectation.sequence,
      checkpointSequence: expectation.checkpointSequence,
      expected: expectation.hash,
      found,
    };
  }
}
