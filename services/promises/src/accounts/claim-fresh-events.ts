import type { EntityManager } from 'typeorm';
import type { ConsumedEvent } from '@bitacora/messaging';

/**
 * Records the batch's event ids in the inbox and returns the events seen for the first time, in
 * batch order and each id once. Call it inside the transaction that applies them. It writes the
 * same inbox rows as `claimInboxEntries`, in one statement whatever the batch size, because each
 * column is sent as one array parameter.
 */
export async function claimFreshEvents(manager: EntityManager, schema: string, consumer: string, events: readonly ConsumedEvent[]): Promise<ConsumedEvent[]> {
  const unique = [...new Map(events.map((consumed) => [consumed.event.id, consumed])).values()];
  if (unique.length === 0) {
    return [];
  }
  const inserted: { event_id: string }[] = await manager.query(
    `INSERT INTO "${schema}".inbox (consumer, event_id, topic, kafka_partition, kafka_offset)
     SELECT $1, entry.event_id, entry.topic, entry.kafka_partition, entry.kafka_offset
     FROM unnest($2::text[], $3::text[], $4::integer[], $5::bigint[]) AS entry (event_id, topic, kafka_partition, kafka_offset)
     ON CONFLICT (consumer, event_id) DO NOTHING RETURNING event_id`,
    [
      consumer,
      unique.map((consumed) => consumed.event.id),
      unique.map((consumed) => consumed.topic),
      unique.map((consumed) => consumed.partition),
      unique.map((consumed) => consumed.offset),
    ],
  );
  const fresh = new Set(inserted.map((row) => row.event_id));
  return events.filter((consumed) => fresh.delete(consumed.event.id));
}
