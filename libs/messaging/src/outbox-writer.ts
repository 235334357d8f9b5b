import type { EntityManager } from 'typeorm';
import { CloudEvent, partitionKeyOf } from '@bitacora/contracts';
import { headersFor } from './headers';

export interface OutgoingEvent {
  topic: string;
  event: CloudEvent;
  /** Kafka key; defaults to the account id, else the debtor id, of the event. */
  key?: string;
}

/** Name of the LISTEN/NOTIFY channel that wakes the relay of `schema`. */
export function outboxChannelOf(schema: string): string {
  return `${schema}_outbox`;
}

/**
 * Appends events to the outbox inside the caller's transaction, so that a row and the events
 * that announce it commit or roll back together. `manager` must belong to an open transaction.
 */
export async function appendToOutbox(manager: EntityManager, schema: string, events: OutgoingEvent[]): Promise<void> {
  if (events.length === 0) {
    return;
  }
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('appendToOutbox must run inside a transaction: use dataSource.transaction(manager => ...)');
  }

  const values: unknown[] = [];
  const rows = events.map((outgoing, index) => {
    const base = index * 5;
    values.push(outgoing.event.id, outgoing.topic, outgoing.key ?? partitionKeyOf(outgoing.event), JSON.stringify(headersFor(outgoing.event)), JSON.stringify(outgoing.event));
    return `($${base + 1}, $${base + 2}, $${base + 3}, $${base + 4}::jsonb, $${base + 5})`;
  });
  await manager.query(`INSERT INTO "${schema}".outbox (event_id, topic, message_key, headers, value) VALUES ${rows.join(', ')}`, values);
  // Delivered when the transaction commits, never for a rolled-back one.
  await manager.query('SELECT pg_notify($1, \'\')', [outboxChannelOf(schema)]);
}
