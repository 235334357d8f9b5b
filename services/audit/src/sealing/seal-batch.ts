import type { DataSource, EntityManager } from 'typeorm';
import type { ConsumedEvent } from '@bitacora/messaging';
import { appendToOutbox, claimInboxEntries, PermanentMessageError, RetriableError } from '@bitacora/messaging';
import { CanonicalJsonError, ChainSealer, formatChainId, type ChainHead, type LedgerEvent, type LedgerRecord } from '../ledger';
import { lockChainHead } from '../storage/chain-head-store';
import { insertSealedRows, type SealedRow } from '../storage/record-writer';
import { recordSealedEvent } from './audit-events';
import type { LedgerEventValidator } from './ledger-event-validator';
import { searchKeysOf } from './search-keys';

// One statement of the outbox writer binds five parameters per event; PostgreSQL allows 65535.
const OUTBOX_CHUNK = 5000;

export interface SealBatchSettings {
  schema: string;
  /** Inbox consumer name; the chain id is appended, so event ids are unique per chain. */
  consumerName: string;
  auditTopic: string;
  validator: LedgerEventValidator;
}

export interface SealOutcome {
  chainId: string;
  sealed: LedgerRecord[];
  /** Deliveries whose event id the chain already holds. */
  duplicates: number;
}

/** Raised when no partition covers the record time; partition maintenance cures it. */
export class MissingPartitionError extends RetriableError {}

/**
 * Seals a batch of events from one input partition into that partition's chain, in one
 * transaction: lock the chain head, claim the event ids in the inbox, seal the new events in
 * offset order, insert records and keys with the new head, and append the audit events to the
 * outbox. A redelivered batch finds its ids claimed and changes nothing.
 */
export async function sealBatch(dataSource: DataSource, settings: SealBatchSettings, events: ConsumedEvent[]): Promise<SealOutcome> {
  const chainId = chainIdOf(events);

  try {
    return await dataSource.transaction((manager) => sealInTransaction(manager, settings, chainId, events));
  } catch (error) {
    throw translateSealError(error, chainId);
  }
}

async function sealInTransaction(manager: EntityManager, settings: SealBatchSettings, chainId: string, events: ConsumedEvent[]): Promise<SealOutcome> {
  const locked = await lockChainHead(manager, settings.schema, chainId);

  const fresh = await claimInboxEntries(
    manager,
    settings.schema,
    `${settings.consumerName}@${chainId}`,
    events.map((consumed) => ({ eventId: consumed.event.id, topic: consumed.topic, partition: consumed.partition, offset: consumed.offset })),
  );
  if (fresh.size === 0) {
    return { chainId, sealed: [], duplicates: events.length };
  }

  const rows = sealFreshEvents(settings.validator, locked.head === null ? [] : [locked.head], chainId, events, fresh, sealingInstant(locked.recordedAt));
  await insertSealedRows(manager, settings.schema, rows);

  const outgoing = rows.map((row) => recordSealedEvent(settings.auditTopic, row.record, row.classification));
  for (let start = 0; start < outgoing.length; start += OUTBOX_CHUNK) {
    await appendToOutbox(manager, settings.schema, outgoing.slice(start, start + OUTBOX_CHUNK));
  }

  return { chainId, sealed: rows.map((row) => row.record), duplicates: events.length - rows.length };
}

function sealFreshEvents(
  validator: LedgerEventValidator,
  heads: ChainHead[],
  chainId: string,
  events: ConsumedEvent[],
  fresh: Set<string>,
  recordedAt: Date,
): SealedRow[] {
  const sealer = new ChainSealer(heads);
  const rows: SealedRow[] = [];

  for (const consumed of events) {
    // The inbox returns each new id once, so a second copy within the batch is skipped too.
    if (!fresh.delete(consumed.event.id)) {
      continue;
    }
    // The envelope schema guarantees id, source and type strings, which is what LedgerEvent needs.
    const event = consumed.event as unknown as LedgerEvent;
    const record = sealer.append({ chainId, event, recordedAt });
    rows.push({ record, classification: validator.classify(consumed.topic, consumed.event), searchKeys: searchKeysOf(record, event) });
  }
  return rows;
}

/** Now, but never before the chain's last record, so time order and sequence order agree per chain. */
function sealingInstant(lastRecordedAt: Date | null): Date {
  const now = Date.now();
  return new Date(lastRecordedAt === null ? now : Math.max(now, lastRecordedAt.getTime()));
}

function chainIdOf(events: ConsumedEvent[]): string {
  const first = events[0];
  const chainId = formatChainId(first.topic, first.partition);
  if (events.some((consumed) => consumed.topic !== first.topic || consumed.partition !== first.partition)) {
    throw new Error(`A sealed batch must come from one partition, but it mixes ${chainId} with others`);
  }
  return chainId;
}

function translateSealError(error: unknown, chainId: string): unknown {
  if (error instanceof CanonicalJsonError) {
    return new PermanentMessageError('NOT_CANONICALIZABLE', `The event cannot be sealed into ${chainId}: ${error.message}`);
  }

  const code = sqlStateOf(error);
  if (code === '23514' && error instanceof Error && /no partition/i.test(error.message)) {
    return new MissingPartitionError(`No ledger partition covers the current month for ${chainId}; partition maintenance must create it`, { cause: error });
  }
  if (code === '22P05' || code === '22021') {
    const detail = error instanceof Error ? error.message : String(error);
    return new PermanentMessageError('NOT_STORABLE', `The event cannot be stored as jsonb in ${chainId}: ${detail}`);
  }
  return error;
}

function sqlStateOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) {
    return undefined;
  }
  const direct = (error as { code?: unknown }).code;
  if (typeof direct === 'string') {
    return direct;
  }
  const driverError = (error as { driverError?: { code?: unknown } }).driverError;
  return typeof driverError?.code === 'string' ? driverError.code : undefined;
}
