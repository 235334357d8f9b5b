import type { LedgerEvent } from '../ledger-event';
import type { LedgerRecord } from '../ledger-record';
import { ChainSealer } from '../seal-record';

export const INTERACTIONS_CHAIN = 'collections.interactions.v1:3';
export const PROMISES_CHAIN = 'collections.promises.v1:0';
export const ACCESS_CHAIN = 'collections.access.v1:1';

const BASE_INSTANT = Date.parse('2026-03-02T14:00:00.000Z');

/** Builds a CloudEvent shaped like the platform's interaction events, numbered by `index`. */
export function makeEvent(index: number): LedgerEvent {
  const time = new Date(BASE_INSTANT + index * 1000).toISOString();
  return {
    specversion: '1.0',
    id: `0195f0c2-7c1a-7000-8000-${String(index).padStart(12, '0')}`,
    source: '/services/interactions',
    type: 'co.collections.interaction.recorded.v1',
    time,
    subject: `account/ACC-${index % 7}`,
    datacontenttype: 'application/json',
    correlationid: `corr-${index}`,
    actor: 'agent:1042',
    data: {
      interactionId: `int-${index}`,
      debtorId: `CC-10203040${index % 5}`,
      accountId: `ACC-${index % 7}`,
      channel: 'PHONE',
      direction: 'OUTBOUND',
      outcomeCode: 'PROMISE_TO_PAY',
      occurredAt: time,
      durationSeconds: 95,
      notes: 'Deudor acepta pagar la cuota el viernes; pidió llamada después de las 6 p. m.',
    },
  };
}

/** Seals `count` events into each given chain, interleaving the chains round-robin. */
export function sealChains(chainIds: readonly string[], count: number, sealer = new ChainSealer()): LedgerRecord[] {
  const records: LedgerRecord[] = [];
  let index = 0;
  for (let round = 0; round < count; round++) {
    for (const chainId of chainIds) {
      records.push(sealer.append({ chainId, event: makeEvent(index), recordedAt: new Date(BASE_INSTANT + index * 1000 + 250) }));
      index++;
    }
  }
  return records;
}

/** Deep copy, so that a test can tamper with a record without touching the original. */
export function copyRecords(records: readonly LedgerRecord[]): LedgerRecord[] {
  return structuredClone([...records]);
}

/** Wraps records in an async iterable that counts whether the consumer closed it early. */
export function trackedSource<T>(items: readonly T[]): { source: AsyncIterable<T>; state: { read: number; closed: boolean } } {
  const state = { read: 0, closed: false };
  const source: AsyncIterable<T> = {
    [Symbol.asyncIterator]() {
      let index = 0;
      return {
        next: async () => {
          if (index >= items.length) {
            return { done: true, value: undefined };
          }
          state.read++;
          return { done: false, value: items[index++] };
        },
        return: async () => {
          state.closed = true;
          return { done: true, value: undefined };
        },
      };
    },
  };
  return { source, state };
}
