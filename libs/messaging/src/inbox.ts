import type { EntityManager } from 'typeorm';

export interface InboxEntry {
  eventId: string;
  topic: string;
  partition: number;
  offset: string;
}

/**
 * Records `entries` as processed by `consumer` inside the caller's transaction and returns the
 * ids seen for the first time. The caller applies the effect of those ids only, in the same
 * transaction: a redelivered event finds its id already stored and changes nothing.
 */
export async function claimInboxEntries(manager: EntityManager, schema: string, consumer: string, entries: InboxEntry[]): Promise<Set<string>> {
  if (entries.length === 0) {
    return new Set();
  }
  const unique = [...new Map(entries.map((entry) => [entry.eventId, entry])).values()];
  const rows: string[] = [];
  const values: unknown[] = [];
  unique.forEach((entry, index) => {
    const base = index * 5;
    rows.push(`($${base + 1}, $${base + 2}, $${base + 3}, $${base + 4}, $${base + 5})`);
    values.push(consumer, entry.eventId, entry.topic, entry.partition, entry.offset);
  });
  const inserted: { event_id: string }[] = await manager.query(
    `INSERT INTO "${schema}".inbox (consumer, event_id, topic, kafka_partition, kafka_offset) VALUES ${rows.join(', ')}
     ON CONFLICT (consumer, event_id) DO NOTHING RETURNING event_id`,
    values,
  );
  return new Set(inserted.map((row) => row.event_id));
}
