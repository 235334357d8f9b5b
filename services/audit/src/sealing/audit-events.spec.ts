import { EventValidator, Topics } from '@bitacora/contracts';
import { createCheckpoint, generateSigningKeyPair, sealEvent, sealEventWithText, type LedgerEvent } from '../ledger';
import { checkpointSignedEvent, RECORD_SEALED_TAIL, recordSealedEvent, recordSealedText } from './audit-events';

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

  it('splits the record-sealed event text around the payload, which it carries unchanged', () => {
    const sealed = sealEventWithText(null, { chainId: 'collections.access.v1:0', event, recordedAt: new Date('2026-03-02T14:00:00Z') });
    const classification = { unknownType: true, schemaProblem: null };
    const parts = recordSealedText(sealed.record, classification);
    const text = parts.head + sealed.payloadText + RECORD_SEALED_TAIL;

    expect(validator.validate(Topics.audit, text)).toMatchObject({ ok: true });
    const parsed = JSON.parse(text);
    const expected = JSON.parse(JSON.stringify(recordSealedEvent(Topics.audit, sealed.record, classification).event));
    expect(parsed).toEqual({ ...expected, id: parts.eventId });
    expect(JSON.stringify(parsed.data.payload)).toBe(sealed.payloadText);
    expect(JSON.parse(parts.headers)).toEqual({ 'content-type': expect.any(String), 'x-request-id': 'req-1' });
  });

  it('builds a checkpoint-signed event that the catalog accepts', () => {
    const pair = generateSigningKeyPair();
    const checkpoint = createCheckpoint({ checkpointSequence: 1, createdAt: new Date(), heads: [{ chainId: record.chainId, sequence: 1, hash: record.hash }], signingKey: pair });

    const outgoing = checkpointSignedEvent(Topics.audit, checkpoint);

    expect(validator.validate(Topics.audit, JSON.stringify(outgoing.event))).toMatchObject({ ok: true });
    expect(outgoing.event.data).toEqual(checkpoint);
  });
});
