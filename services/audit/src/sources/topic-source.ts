import { AuditEventTypes } from '@bitacora/contracts';
import type { Kafka } from 'kafkajs';
import type { LedgerSource } from '../cli/ledger-source';
import { decodeLedgerRecord, decodeSignedCheckpoint, isJsonObject, MalformedLedgerEntryError, type JsonValue, type LedgerRecord, type SignedCheckpoint } from '../ledger';
import { readTopicToEnd, type TopicMessage } from './read-topic-to-end';

/** Raised for a message of the audit topic that is not a well-formed record or checkpoint event. */
export class MalformedTopicMessageError extends Error {
  override readonly name = 'MalformedTopicMessageError';

  constructor(
    readonly partition: number,
    readonly offset: string,
    readonly reason: string,
  ) {
    super(`Malformed message at partition ${partition}, offset ${offset}: ${reason}`);
  }
}

// A relay that crashed after publishing repeats at most one outbox batch (500 rows by default).
// Each chain remembers far more sequences than that, so every such repeat is recognized.
const REMEMBERED_SEQUENCES = 10_000;

/**
 * Reads the ledger from the audit topic (`collections.audit.v1`): the topic is read once for
 * its checkpoints and once more for its records, each time to the end it had when that read
 * began. The outbox relay may publish a message twice, so an exact repeat of a record or
 * checkpoint already read is skipped. Anything else is passed on for the verifier to judge.
 */
export function auditTopicSource(kafka: Kafka, topic: string, onWarning?: (message: string) => void): LedgerSource {
  return {
    checkpoints: () => readCheckpoints(kafka, topic, onWarning),
    records: () => readRecords(kafka, topic, onWarning),
  };
}

async function* readCheckpoints(kafka: Kafka, topic: string, onWarning?: (message: string) => void): AsyncGenerator<SignedCheckpoint> {
  const seen = new Map<number, string>();
  for await (const message of readTopicToEnd(kafka, topic, onWarning)) {
    const data = eventData(message, AuditEventTypes.checkpointSigned);
    if (data === null) {
      continue;
    }

    const checkpoint = decode(message, () => decodeSignedCheckpoint(data));
    if (seen.get(checkpoint.checkpointSequence) === checkpoint.signature) {
      continue;
    }
    seen.set(checkpoint.checkpointSequence, checkpoint.signature);
    yield checkpoint;
  }
}

async function* readRecords(kafka: Kafka, topic: string, onWarning?: (message: string) => void): AsyncGenerator<LedgerRecord> {
  const recent = new Map<string, Map<number, string>>();
  for await (const message of readTopicToEnd(kafka, topic, onWarning)) {
    const data = eventData(message, AuditEventTypes.recordSealed);
    if (data === null) {
      continue;
    }

    const record = decode(message, () => decodeLedgerRecord(withoutFlags(data)));
    if (isRepeat(recent, record)) {
      continue;
    }
    yield record;
  }
}

/** Drops the flags that a record-sealed event carries beside the hashed record fields. */
export function withoutFlags(data: { [key: string]: JsonValue }): { [key: string]: JsonValue } {
  const fields = { ...data };
  delete fields.unknownType;
  delete fields.schemaProblem;
  return fields;
}

/** Returns the data of an event of `type`; null for the other audit event type. */
function eventData(message: TopicMessage, type: string): { [key: string]: JsonValue } | null {
  let event: JsonValue;
  try {
    event = JSON.parse(message.value) as JsonValue;
  } catch (error) {
    throw new MalformedTopicMessageError(message.partition, message.offset, `not JSON (${error instanceof Error ? error.message : String(error)})`);
  }

  if (!isJsonObject(event) || (event.type !== AuditEventTypes.recordSealed && event.type !== AuditEventTypes.checkpointSigned)) {
    throw new MalformedTopicMessageError(message.partition, message.offset, 'not a record-sealed or checkpoint-signed CloudEvent');
  }
  if (event.type !== type) {
    return null;
  }
  if (!isJsonObject(event.data)) {
    throw new MalformedTopicMessageError(message.partition, message.offset, 'the event has no data object');
  }
  return event.data;
}

function decode<T>(message: TopicMessage, decodeEntry: () => T): T {
  try {
    return decodeEntry();
  } catch (error) {
    if (error instanceof MalformedLedgerEntryError) {
      throw new MalformedTopicMessageError(message.partition, message.offset, error.message);
    }
    throw error;
  }
}

/** Remembers the record and returns whether the same record (sequence and hash) was read before. */
function isRepeat(recent: Map<string, Map<number, string>>, record: LedgerRecord): boolean {
  let chain = recent.get(record.chainId);
  if (chain === undefined) {
    chain = new Map();
    recent.set(record.chainId, chain);
  }
  if (chain.get(record.sequence) === record.hash) {
    return true;
  }

  chain.set(record.sequence, record.hash);
  chain.delete(record.sequence - REMEMBERED_SEQUENCES);
  return false;
}
