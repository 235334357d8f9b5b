import { compareChainIds } from './chain-id';
import type { LedgerRecord } from './ledger-record';
import type { RecordSource } from './verify-ledger';

/**
 * Orders records of different chains: by event time (the record's `recordedAt` when the event
 * has no time), then by chain id, then by sequence. Chains have no common clock, so this is the
 * only total order the ledger offers; within one chain, sequence is the order that counts.
 */
export function compareLedgerOrder(left: LedgerRecord, right: LedgerRecord): number {
  return (
    orderingInstant(left) - orderingInstant(right) ||
    compareChainIds(left.chainId, right.chainId) ||
    left.sequence - right.sequence
  );
}

interface ChainCursor {
  iterator: AsyncIterator<LedgerRecord> | Iterator<LedgerRecord>;
  record: LedgerRecord;
  instant: number;
}

/**
 * Joins several chains, each given in sequence order, into one stream. At every step the next
 * record is the first one by `compareLedgerOrder` among the chains' next records, so each chain
 * keeps its sequence order, and the result is sorted by event time wherever event times rise
 * along every chain.
 */
export async function* joinChains(chains: Iterable<RecordSource<LedgerRecord>>): AsyncGenerator<LedgerRecord> {
  const heap: ChainCursor[] = [];
  for (const chain of chains) {
    const iterator = Symbol.asyncIterator in chain ? chain[Symbol.asyncIterator]() : chain[Symbol.iterator]();
    const cursor = await advance(iterator);
    if (cursor !== null) {
      pushCursor(heap, cursor);
    }
  }

  try {
    while (heap.length > 0) {
      const first = heap[0];
      yield first.record;

      const next = await advance(first.iterator);
      if (next === null) {
        popCursor(heap);
      } else {
        heap[0] = next;
        siftDown(heap, 0);
      }
    }
  } finally {
    // A consumer that stops early must still close every source, for example an open file.
    for (const cursor of heap) {
      await cursor.iterator.return?.();
    }
  }
}

function orderingInstant(record: LedgerRecord): number {
  const eventInstant = record.eventTime === null ? Number.NaN : Date.parse(record.eventTime);
  return Number.isNaN(eventInstant) ? Date.parse(record.recordedAt) : eventInstant;
}

async function advance(iterator: ChainCursor['iterator']): Promise<ChainCursor | null> {
  const result = await iterator.next();
  if (result.done === true) {
    return null;
  }
  return { iterator, record: result.value, instant: orderingInstant(result.value) };
}

function precedes(left: ChainCursor, right: ChainCursor): boolean {
  const byInstant = left.instant - right.instant;
  if (byInstant !== 0) {
    return byInstant < 0;
  }
  return (compareChainIds(left.record.chainId, right.record.chainId) || left.record.sequence - right.record.sequence) < 0;
}

// A binary min-heap keeps each step at O(log k) for k chains.
function pushCursor(heap: ChainCursor[], cursor: ChainCursor): void {
  heap.push(cursor);
  let index = heap.length - 1;
  while (index > 0) {
    const parent = (index - 1) >> 1;
    if (!precedes(heap[index], heap[parent])) {
      return;
    }
    [heap[index], heap[parent]] = [heap[parent], heap[index]];
    index = parent;
  }
}

function popCursor(heap: ChainCursor[]): void {
  const last = heap.pop();
  if (last === undefined || heap.length === 0) {
    return;
  }
  heap[0] = last;
  siftDown(heap, 0);
}

function siftDown(heap: ChainCursor[], start: number): void {
  let index = start;
  for (;;) {
    const left = 2 * index + 1;
    const right = left + 1;
    let smallest = index;
    if (left < heap.length && precedes(heap[left], heap[smallest])) {
      smallest = left;
    }
    if (right < heap.length && precedes(heap[right], heap[smallest])) {
      smallest = right;
    }
    if (smallest === index) {
      return;
    }
    [heap[index], heap[smallest]] = [heap[smallest], heap[index]];
    index = smallest;
  }
}
