import type { EntityManager } from 'typeorm';
import { claimInboxEntries, type ConsumedEvent } from '@bitacora/messaging';

/** Inbox rows per INSERT: five parameters each keeps a statement well under 65 535 parameters. */
const INBOX_CHUNK = 2000;

/**
 * Records the batch's event ids in the inbox and returns the events seen for the first time, in
 * batch order and each id once. Call it inside the transaction that applies them.
 */
export async function claimFreshEvents(manager: EntityManager, schema: string, consumer: string, events: readonly ConsumedEvent[]): Promise<ConsumedEvent[]> {
  const fresh = new Set<string>();
  for (let start = 0; start < events.length; start += INBOX_CHUNK) {
    const entries = events.slice(start, start + INBOX_CHUNK).map((consumed) => ({
      eventId: consumed.event.id,
      topic: consumed.topic,
      partition: consumed.partition,
      offset: consumed.offset,
    }));
    for (const id of await claimInboxEntries(manager, schema, consumer, entries)) {
      fresh.add(id);
    }
  }

  return events.filter((consumed) => fresh.delete(consumed.event.id));
}
