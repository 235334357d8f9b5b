import { computeRecordHash, decodeLedgerEntry, sealEvent, type JsonValue, type LedgerEvent } from '../ledger';
import type { StoredRecord } from '../storage/record-rows';
import { csvCell, csvWriter, jsonLinesWriter } from './export-lines';

const event: LedgerEvent = { specversion: '1.0', id: 'e-1', source: '/s', type: 't', data: { debtorId: 'CC-1', notes: 'dijo "sí", pagará\nel viernes' } };
const record: StoredRecord = { ...sealEvent(null, { chainId: 'c:0', event, recordedAt: new Date('2026-03-02T14:00:00Z') }), unknownType: true, schemaProblem: null };

describe('export lines', () => {
  it('writes a JSON Lines record that the verifier decodes and whose hash recomputes', () => {
    const line = jsonLinesWriter.record(record);
    const entry = decodeLedgerEntry(JSON.parse(line) as JsonValue);

    expect(line.endsWith('\n')).toBe(true);
    expect(entry.recordType).toBe('record');
    if (entry.recordType === 'record') {
      expect(computeRecordHash(entry.record)).toBe(record.hash);
    }
  });

  it('writes a CSV record row with the flags and RFC 4180 quoting', () => {
    const row = csvWriter.record(record);

    expect(row.startsWith('record,c:0,1,e-1,t,/s,,CC-1,,,2026-03-02T14:00:00.000Z,')).toBe(true);
    expect(row).toContain('"{""data"":{""debtorId"":""CC-1"",""notes"":""dijo \\""sí\\"", pagará\\nel viernes""}');
    expect(row.endsWith(`,${record.previousHash},${record.hash},true,,,,,,\r\n`)).toBe(true);
  });

  it.each([
    ['plain text', 'abc', 'abc'],
    ['a comma', 'a,b', '"a,b"'],
    ['a quote', 'say "hi"', '"say ""hi"""'],
    ['a line break', 'a\nb', '"a\nb"'],
    ['null', null, ''],
  ])('quotes %s', (_label, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});
