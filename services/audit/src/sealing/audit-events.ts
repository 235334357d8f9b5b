import {
  AUDIT_CHECKPOINT_KEY,
  AuditEventTypes,
  createEvent,
  type AuditCheckpointSignedData,
  type AuditRecordSealedData,
  type CloudEvent,
} from '@bitacora/contracts';
import { headersFor, type OutgoingEvent } from '@bitacora/messaging';
import type { LedgerRecord, SignedCheckpoint } from '../ledger';
import type { EventClassification } from './ledger-event-validator';

/** CloudEvents `source` of every event the audit service publishes. */
export const AUDIT_EVENT_SOURCE = '/services/audit';
const AUDIT_ACTOR = 'service:audit';

// Envelope limits of the platform's CloudEvents schema; longer ids are left to the payload.
const MAX_PARTY_ID_LENGTH = 100;
const MAX_CORRELATION_ID_LENGTH = 200;

/**
 * Builds the record-sealed event of a record, keyed by chain id so that each chain stays on one
 * partition of the audit topic and in sequence order.
 */
export function recordSealedEvent(topic: string, record: LedgerRecord, classification: EventClassification): OutgoingEvent {
  const data: AuditRecordSealedData = { ...sealedFieldsOf(record, classification), payload: record.payload };
  const event: CloudEvent = createEvent({ ...recordSealedEnvelope(record), data });
  return { topic, event, key: record.chainId };
}

/** Closing text after the payload of every record-sealed event: the ends of `data` and of the envelope. */
export const RECORD_SEALED_TAIL = '}}';

/**
 * The record-sealed event of a record as outbox columns, its JSON text split around the payload:
 * the message is `head`, the payload's canonical text, then RECORD_SEALED_TAIL. Storage then
 * sends each payload once for the record and its event. `data` is the envelope's last member
 * and the payload is the last member of `data`. The message key is the chain id.
 */
export interface RecordSealedText {
  eventId: string;
  /** JSON object of the Kafka headers. */
  headers: string;
  head: string;
}

/** Builds the record-sealed event of a record as outbox columns around its payload text. */
export function recordSealedText(record: LedgerRecord, classification: EventClassification): RecordSealedText {
  // JSON.stringify leaves out a member whose value is undefined, so the envelope text has no data.
  const envelope: CloudEvent = createEvent({ ...recordSealedEnvelope(record), data: undefined });
  const envelopeText = JSON.stringify(envelope);
  const fieldsText = JSON.stringify(sealedFieldsOf(record, classification));
  return {
    eventId: envelope.id,
    headers: JSON.stringify(headersFor(envelope)),
    head: `${envelopeText.slice(0, -1)},"data":${fieldsText.slice(0, -1)},"payload":`,
  };
}

function sealedFieldsOf(record: LedgerRecord, classification: EventClassification): Omit<AuditRecordSealedData, 'payload'> {
  return {
    chainId: record.chainId,
    sequence: record.sequence,
    eventId: record.eventId,
    eventType: record.eventType,
    source: record.source,
    actor: record.actor,
    debtorId: record.debtorId,
    accountId: record.accountId,
    eventTime: record.eventTime,
    recordedAt: record.recordedAt,
    previousHash: record.previousHash,
    hash: record.hash,
    unknownType: classification.unknownType,
    schemaProblem: classification.schemaProblem,
  };
}

function recordSealedEnvelope(record: LedgerRecord) {
  const correlationId = record.payload.correlationid;
  return {
    type: AuditEventTypes.recordSealed,
    source: AUDIT_EVENT_SOURCE,
    subject: `chain/${record.chainId}/${record.sequence}`,
    time: new Date(record.recordedAt),
    actor: AUDIT_ACTOR,
    debtorId: fitting(record.debtorId, MAX_PARTY_ID_LENGTH),
    accountId: fitting(record.accountId, MAX_PARTY_ID_LENGTH),
    correlationId: fitting(typeof correlationId === 'string' ? correlationId : null, MAX_CORRELATION_ID_LENGTH),
  };
}

/** Builds the checkpoint-signed event; every checkpoint goes to one partition under one key. */
export function checkpointSignedEvent(topic: string, checkpoint: SignedCheckpoint): OutgoingEvent {
  const data: AuditCheckpointSignedData = {
    checkpointSequence: checkpoint.checkpointSequence,
    createdAt: checkpoint.createdAt,
    keyId: checkpoint.keyId,
    heads: checkpoint.heads.map((head) => ({ chainId: head.chainId, sequence: head.sequence, hash: head.hash })),
    signature: checkpoint.signature,
  };

  const event: CloudEvent = createEvent({
    type: AuditEventTypes.checkpointSigned,
    source: AUDIT_EVENT_SOURCE,
    subject: `checkpoint/${checkpoint.checkpointSequence}`,
    time: new Date(checkpoint.createdAt),
    actor: AUDIT_ACTOR,
    data,
  });
  return { topic, event, key: AUDIT_CHECKPOINT_KEY };
}

function fitting(value: string | null, maxLength: number): string | undefined {
  return value !== null && value !== '' && value.length <= maxLength ? value : undefined;
}
