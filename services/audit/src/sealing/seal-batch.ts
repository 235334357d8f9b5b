import type { DataSource, EntityManager } from 'typeorm';
import type { ConsumedEvent } from '@bitacora/messaging';
import { outboxChannelOf, PermanentMessageError, RetriableError } from '@bitacora/messaging';
import { CanonicalJsonError, ChainSealer, formatChainId, type ChainHead, type LedgerEvent, type LedgerRecord } from '../ledger';
import { lockChainHead, storedEventIds } from '../storage/chain-head-store';
import { insertSealedRows, type SealedRow } from '../storage/record-writer';
import { recordSealedText } from './audit-events';
import type { LedgerEventValidator } from './ledger-event-validator';
import { searchKeysOf } from './search-keys';

export interface SealBatchSettings {
  schema: string;
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
 * transaction: lock the chain head, find which event ids the chain already contains, seal the new
 * events in offset order, then insert records, keys, the new head and the record-sealed events
 * in one statement. A redelivered batch finds its ids in the chain and changes nothing.
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

  // Every writer of the chain holds its head lock, so the ids read here cannot change before
  // commit. The unique key on (chain_id, event_id) backs this up.
  const stored = await storedEventIds(manager, settings.schema, chainId, events.map((consumed) => consumed.event.id));
  const rows = sealFreshEvents(settings.validator, locked.head, chainId, events, stored, sealingInstant(locked.recordedAt));
  if (rows.length === 0) {
    return { chainId, sealed: [], duplicates: events.length };
  }

  await insertSealedRows(manager, settings.schema, rows, { topic: settings.auditTopic, channel: outboxChannelOf(settings.schema) });
  return { chainId, sealed: rows.map((row) => row.record), duplicates: events.length - rows.length };
}

function sealFreshEvents(
  validator: LedgerEventValidator,
  head: ChainHead | null,
  chainId: string,
  events: ConsumedEvent[],
  stored: Set<string>,
  recordedAt: Date,
): SealedRow[] {
  const sealer = new ChainSealer(head === null ? [] : [head]);
  const rows: SealedRow[] = [];

  for (const consumed of events) {
    // Adding each sealed id skips a second copy within the batch too.
    if (stored.has(consumed.event.id)) {
      continue;
    }
    stored.add(consumed.event.id);
    // The envelope schema guarantees id, source and type strings, which is what LedgerEvent needs.
    const event = consumed.event as unknown as LedgerEvent;
    const { record, payloadText } = sealer.appendWithText({ chainId, event, recordedAt });
    const classification = validator.classify(consumed.topic, consumed.event);
    rows.push({ record, payloadText, classification, searchKeys: searchKeysOf(record, event), announcement: recordSealedText(record, classification) });
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
