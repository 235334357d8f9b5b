import { EventValidator, Topics } from '@bitacora/contracts';
import { createCheckpoint, generateSigningKeyPair, sealEvent, type LedgerEvent } from '../ledger';
import { checkpointSignedEvent, recordSealedEvent } from './audit-events';

const validator = new EventValidator();
const event: LedgerEvent = { specversion: '1.0', id: 'e-1', source: '/s', type: 'x.unknown.v1', correlationid: 'req-1', data: { debtorId: 'D'.repeat(150), accountId: 'CRED-1' } };
const record = sealEvent(null, { chainId: 'collections.access.v1:0', event, recordedAt: new Date('2026-03-02T14:00:00Z') });

describe('audit events', () => {
  it('builds a record-sealed event that the catalog accepts, keyed by chain', () => {
    const outgoing = recordSealedEvent(Topics.audit, record, { unknownType: true, schemaProblem: null });

    expect(validator.validate(Topics.audit, JSON.stringify(outgoing.event))).toMatchObject({ ok: true });
    expect(outgoing.key).toBe('collections.access.v1:0');
    expect(outgoing.event).toMatchObject({ accountid: 'CRED-1', correlationid: 'req-1', subject: 'chain/collections.access.v1:0/1' });
    // A debtor id longer than the envelope allows stays in the data only.
    expect(outgoing.event.debtorid).toBeUndefined();
  });

  it('builds a checkpoint-signed event that the catalog accepts', () => {
    const pair = generateSigningKeyPair();
    const checkpoint = createCheckpoint({ checkpointSequence: 1, createdAt: new Date(), heads: [{ chainId: record.chainId, sequence: 1, hash: record.hash }], signingKey: pair });

    const outgoing = checkpointSignedEvent(Topics.audit, checkpoint);

    expect(validator.validate(Topics.audit, JSON.stringify(outgoing.event))).toMatchObject({ ok: true });
    expect(outgoing.event.data).toEqual(checkpoint);
  });
});
