import { EventDefinition, Fragments } from '../event-definition';
import { Topics } from '../topics';

/** Events of `collections.audit.v1`: sealed ledger records and signed checkpoints. */
export const AuditEventTypes = {
  recordSealed: 'co.collections.audit.record-sealed.v1',
  checkpointSigned: 'co.collections.audit.checkpoint-signed.v1',
} as const;

const sha256Hex = { type: 'string', pattern: '^[0-9a-f]{64}$' } as const;

export const auditEvents: EventDefinition[] = [
  {
    type: AuditEventTypes.recordSealed,
    topic: Topics.audit,
    summary: 'An event was appended to a ledger chain; carries the whole record with its hashes.',
    dataSchema: {
      type: 'object',
      required: ['chainId', 'sequence', 'eventId', 'eventType', 'recordedAt', 'payload', 'previousHash', 'hash'],
      additionalProperties: true,
      properties: {
        chainId: { type: 'string', minLength: 1 },
        sequence: { type: 'integer', minimum: 1 },
        eventId: { type: 'string', minLength: 1 },
        eventType: { type: 'string', minLength: 1 },
        recordedAt: Fragments.instant,
        payload: { type: 'object' },
        previousHash: sha256Hex,
        hash: sha256Hex,
      },
    },
    example: {
      chainId: 'collections.interactions.v1:0',
      sequence: 1,
      eventId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a13',
      eventType: 'co.collections.interaction.recorded.v1',
      recordedAt: '2026-03-10T15:34:06Z',
      payload: {},
      previousHash: '0'.repeat(64),
      hash: 'a'.repeat(64),
    },
  },
  {
    type: AuditEventTypes.checkpointSigned,
    topic: Topics.audit,
    summary: 'The heads of every chain were signed with the ledger key (Ed25519).',
    dataSchema: {
      type: 'object',
      required: ['checkpointSequence', 'signedAt', 'keyId', 'heads', 'signature'],
      additionalProperties: true,
      properties: {
        checkpointSequence: { type: 'integer', minimum: 1 },
        signedAt: Fragments.instant,
        keyId: { type: 'string' },
        heads: {
          type: 'array',
          items: {
            type: 'object',
            required: ['chainId', 'sequence', 'hash'],
            properties: { chainId: { type: 'string' }, sequence: { type: 'integer' }, hash: sha256Hex },
          },
        },
        signature: { type: 'string' },
      },
    },
    example: {
      checkpointSequence: 1,
      signedAt: '2026-03-10T15:35:00Z',
      keyId: 'ledger-2026',
      heads: [{ chainId: 'collections.interactions.v1:0', sequence: 1, hash: 'a'.repeat(64) }],
      signature: 'base64…',
    },
  },
];
