import { canonicalForm } from './canonical-json';
import { compareChainIds } from './chain-id';
import type { JsonObject } from './json-value';
import { readEventFields, type LedgerEvent } from './ledger-event';
import { GENESIS_HASH, type ChainHead, type LedgerRecord, type UnsealedLedgerRecord } from './ledger-record';
import { computeRecordHash } from './record-hash';

export interface SealInput {
  chainId: string;
  event: LedgerEvent;
  /** Instant at which the ledger seals the event. */
  recordedAt: Date;
}

/** A sealed record with the RFC 8785 text of its payload, which storage reuses. */
export interface SealedEvent {
  record: LedgerRecord;
  payloadText: string;
}

/**
 * Seals an event as the next record of a chain whose current head is `head` (null for an empty
 * chain). The payload is a copy of the event with its members in RFC 8785 order, so later
 * changes to `input.event` do not touch the record, and serializing the record with
 * JSON.stringify keeps the payload canonical, which makes verification faster.
 */
export function sealEvent(head: ChainHead | null, input: SealInput): LedgerRecord {
  return sealEventWithText(head, input).record;
}

/** Like sealEvent, and also returns the payload's canonical text, computed once for hash and storage. */
export function sealEventWithText(head: ChainHead | null, input: SealInput): SealedEvent {
  if (head !== null && head.chainId !== input.chainId) {
    throw new RangeError(`Chain head belongs to chain "${head.chainId}", not to "${input.chainId}"`);
  }

  const payload = canonicalForm<JsonObject>(input.event);
  const unsealed: UnsealedLedgerRecord = {
    chainId: input.chainId,
    sequence: head === null ? 1 : head.sequence + 1,
    ...readEventFields(input.event),
    recordedAt: input.recordedAt.toISOString(),
    payload: payload.value,
    previousHash: head === null ? GENESIS_HASH : head.hash,
  };

  return { record: { ...unsealed, hash: computeRecordHash(unsealed, payload.text) }, payloadText: payload.text };
}

/** Seals events into several chains, keeping each chain's head in memory. */
export class ChainSealer {
  private readonly headsByChain = new Map<string, ChainHead>();

  constructor(initialHeads: Iterable<ChainHead> = []) {
    for (const head of initialHeads) {
      this.headsByChain.set(head.chainId, { ...head });
    }
  }

  append(input: SealInput): LedgerRecord {
    return this.appendWithText(input).record;
  }

  /** Like append, and also returns the payload's canonical text. */
  appendWithText(input: SealInput): SealedEvent {
    const sealed = sealEventWithText(this.headsByChain.get(input.chainId) ?? null, input);
    const { record } = sealed;
    this.headsByChain.set(record.chainId, { chainId: record.chainId, sequence: record.sequence, hash: record.hash });
    return sealed;
  }

  head(chainId: string): ChainHead | null {
    const head = this.headsByChain.get(chainId);
    return head === undefined ? null : { ...head };
  }

  /** Returns a copy of every chain's head, ordered by chain id. */
  heads(): ChainHead[] {
    return [...this.headsByChain.values()]
      .map((head) => ({ ...head }))
      .sort((left, right) => compareChainIds(left.chainId, right.chainId));
  }
}
