import { EventDefinition, Fragments } from '../event-definition';
import { Topics } from '../topics';

/** Events of `collections.audit.v1`: sealed ledger records and signed checkpoints. */
export const AuditEventTypes = {
  recordSealed: 'co.collections.audit.record-sealed.v1',
  checkpointSigned: 'co.collections.audit.checkpoint-signed.v1',
} as const;

/** Kafka key of checkpoint events, so that checkpoints stay in one partition and in order. */
export const AUDIT_CHECKPOINT_KEY = 'ledger-checkpoints';

/** Data of a record-sealed event: the ledger record, whose `hash` covers every member but itself and the flags. */
export interface AuditRecordSealedData {
  chainId: string;
  sequence: number;
  eventId: string;
  eventType: string;
  source: string;
  actor: string | null;
  debtorId: string | null;
  accountId: string | null;
  eventTime: string | null;
  recordedAt: string;
  payload: Record<string, unknown>;
  previousHash: string;
  hash: string;
  /** True when the event type is not in the platform's catalog; the event is recorded all the same. */
  unknownType: boolean;
  /** Schema failure of a known event type (code and detail), or null. */
  schemaProblem: string | null;
}

/** Data of a checkpoint-signed event: the signed checkpoint exactly as the signature covers it. */
export interface AuditCheckpointSignedData {
  checkpointSequence: number;
  createdAt: string;
  keyId: string;
  heads: { chainId: string; sequence: number; hash: string }[];
  signature: string;
}

const sha256Hex = { type: 'string', pattern: '^[0-9a-f]{64}$' } as const;
const nullableText = { type: ['string', 'null'] } as const;

export const auditEvents: EventDefinition[] = [
  {
    type: AuditEventTypes.recordSealed,
    topic: Topics.audit,
    summary:
      'An event was sealed into a ledger chain; carries the whole record with its hashes. ' +
      'hash = SHA-256(previousHash bytes ‖ RFC 8785 JSON of chainId, sequence, eventId, eventType, source, actor, debtorId, accountId, eventTime, recordedAt, payload, previousHash).',
    dataSchema: {
      type: 'object',
      required: [
        'chainId', 'sequence', 'eventId', 'eventType', 'source', 'actor', 'debtorId', 'accountId', 'eventTime',
        'recordedAt', 'payload', 'previousHash', 'hash', 'unknownType', 'schemaProblem',
      ],
      additionalProperties: false,
      properties: {
        chainId: { type: 'string', minLength: 1, description: '<topic>:<partition> of the input event' },
        sequence: { type: 'integer', minimum: 1 },
        eventId: { type: 'string', minLength: 1 },
        eventType: { type: 'string', minLength: 1 },
        source: { type: 'string', minLength: 1 },
        actor: nullableText,
        debtorId: nullableText,
        accountId: nullableText,
        eventTime: nullableText,
        recordedAt: Fragments.instant,
        payload: { type: 'object', description: 'the input CloudEvent as received' },
        previousHash: sha256Hex,
        hash: sha256Hex,
        unknownType: { type: 'boolean' },
        schemaProblem: nullableText,
      },
    },
    example: {
      chainId: 'collections.interactions.v1:0',
      sequence: 2,
      eventId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a13',
      eventType: 'co.collections.interaction.recorded.v1',
      source: '/services/interactions',
      actor: 'agent:ag-17',
      debtorId: 'CC-1020304050',
      accountId: null,
      eventTime: '2026-03-10T15:34:05.120Z',
      recordedAt: '2026-03-10T15:34:06.004Z',
      payload: { specversion: '1.0', id: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a13', type: 'co.collections.interaction.recorded.v1' },
      previousHash: '6da0633528deaa0144e7b058315f0b753ec0b945163a72bf96a0d18180f9de0d',
      hash: '70ce871f8a3d3fb449bc3c3ace6547cef02dfc74ffe48d912532a724bfdbe5b9',
      unknownType: false,
      schemaProblem: null,
    },
  },
  {
    type: AuditEventTypes.checkpointSigned,
    topic: Topics.audit,
    summary:
      'The heads of every ledger chain were signed with Ed25519; the signature covers the RFC 8785 JSON of checkpointSequence, createdAt, keyId and heads.',
    dataSchema: {
      type: 'object',
      required: ['checkpointSequence', 'createdAt', 'keyId', 'heads', 'signature'],
      additionalProperties: false,
      properties: {
        checkpointSequence: { type: 'integer', minimum: 1 },
        createdAt: Fragments.instant,
        keyId: { type: 'string', minLength: 1, description: 'RFC 7638 JWK thumbprint (SHA-256, base64url) of the public key' },
        heads: {
          type: 'array',
          items: {
            type: 'object',
            required: ['chainId', 'sequence', 'hash'],
            additionalProperties: false,
            properties: { chainId: { type: 'string', minLength: 1 }, sequence: { type: 'integer', minimum: 1 }, hash: sha256Hex },
          },
        },
        signature: { type: 'string', pattern: '^[A-Za-z0-9+/]{86}==$', description: 'Ed25519 signature, base64' },
      },
    },
    example: {
      checkpointSequence: 1,
      createdAt: '2026-03-10T15:35:00.000Z',
      keyId: 'q3f0Zk9c1x6vQm2yY8l0tXw7sJ4aB5nR1eC9dU2hG6o',
      heads: [{ chainId: 'collections.interactions.v1:0', sequence: 2, hash: '70ce871f8a3d3fb449bc3c3ace6547cef02dfc74ffe48d912532a724bfdbe5b9' }],
      signature: 'mZ1o0b7Qd3xW5k2V9pL6sT8rN4yH1cF0aE3gJ7uB2iK5oP9qR6tY4wX8zC1vM3nB7lD0fG2hJ5kL9pQ3rS6tUw==',
    },
  },
];
