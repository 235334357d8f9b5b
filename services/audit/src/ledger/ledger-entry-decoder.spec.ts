import { createCheckpoint } from './checkpoint';
import type { JsonObject, JsonValue } from './json-value';
import { decodeLedgerEntry, decodeLedgerRecord, decodeSignedCheckpoint, MalformedLedgerEntryError } from './ledger-entry-decoder';
import { generateSigningKeyPair } from './signing-keys';
import { INTERACTIONS_CHAIN, sealChains } from './test/ledger-fixtures';

const record = sealChains([INTERACTIONS_CHAIN], 1)[0];
const checkpoint = createCheckpoint({
  checkpointSequence: 4,
  createdAt: new Date('2026-03-02T15:00:00.000Z'),
  heads: [{ chainId: record.chainId, sequence: record.sequence, hash: record.hash }],
  signingKey: generateSigningKeyPair(),
});

function recordJson(): JsonObject {
  return JSON.parse(JSON.stringify(record));
}

function checkpointJson(): JsonObject {
  return { recordType: 'checkpoint', ...JSON.parse(JSON.stringify(checkpoint)) };
}

function decodeErrorField(decode: () => unknown): string {
  try {
    decode();
  } catch (error) {
    if (error instanceof MalformedLedgerEntryError) {
      return error.field;
    }
    throw error;
  }
  throw new Error('expected a MalformedLedgerEntryError');
}

describe('decodeLedgerEntry', () => {
  it('reads a record back from its JSON', () => {
    expect(decodeLedgerEntry(recordJson())).toEqual({ recordType: 'record', record });
  });

  it('reads a record marked with recordType "record"', () => {
    expect(decodeLedgerRecord({ recordType: 'record', ...recordJson() })).toEqual(record);
  });

  it('reads a checkpoint back from its JSON', () => {
    expect(decodeLedgerEntry(checkpointJson())).toEqual({ recordType: 'checkpoint', checkpoint });
  });

  const recordCases: [string, (entry: JsonObject) => JsonValue, string][] = [
    ['an array', () => [], ''],
    ['a missing chain id', (entry) => ({ ...entry, chainId: undefined as unknown as JsonValue }), 'chainId'],
    ['an empty event id', (entry) => ({ ...entry, eventId: '' }), 'eventId'],
    ['a fractional sequence', (entry) => ({ ...entry, sequence: 1.5 }), 'sequence'],
    ['a sequence of zero', (entry) => ({ ...entry, sequence: 0 }), 'sequence'],
    ['a sequence written as text', (entry) => ({ ...entry, sequence: '1' }), 'sequence'],
    ['a numeric actor', (entry) => ({ ...entry, actor: 7 }), 'actor'],
    ['a payload array', (entry) => ({ ...entry, payload: [] }), 'payload'],
    ['an uppercase hash', (entry) => ({ ...entry, hash: record.hash.toUpperCase() }), 'hash'],
    ['a short previous hash', (entry) => ({ ...entry, previousHash: 'abc' }), 'previousHash'],
    ['an unknown member', (entry) => ({ ...entry, approvedBy: 'admin' }), 'approvedBy'],
    ['an unknown record type', (entry) => ({ ...entry, recordType: 'note' }), 'recordType'],
  ];

  it.each(recordCases)('rejects a record with %s', (_label, change, field) => {
    const entry = JSON.parse(JSON.stringify(change(recordJson())));

    expect(decodeErrorField(() => decodeLedgerEntry(entry))).toBe(field);
  });

  const checkpointCases: [string, (entry: JsonObject) => JsonObject, string][] = [
    ['heads that are not an array', (entry) => ({ ...entry, heads: {} }), 'heads'],
    ['a head with a bad hash', (entry) => ({ ...entry, heads: [{ chainId: 'c:0', sequence: 1, hash: 'x' }] }), 'heads[0].hash'],
    ['a head with an unknown member', (entry) => ({ ...entry, heads: [{ chainId: 'c:0', sequence: 1, hash: record.hash, note: 'x' }] }), 'heads[0].note'],
    ['a missing signature', (entry) => ({ ...entry, signature: null }), 'signature'],
    ['a sequence of zero', (entry) => ({ ...entry, checkpointSequence: 0 }), 'checkpointSequence'],
  ];

  it.each(checkpointCases)('rejects a checkpoint with %s', (_label, change, field) => {
    expect(decodeErrorField(() => decodeSignedCheckpoint(change(checkpointJson())))).toBe(field);
  });

  it('names the member and the expected form in the message', () => {
    expect(() => decodeLedgerRecord({ ...recordJson(), sequence: -1 })).toThrow('Malformed ledger entry: "sequence" must be a positive integer');
  });
});
