import { sealEvent, type LedgerEvent } from '../ledger';
import { searchKeysOf } from './search-keys';

function keysOf(event: LedgerEvent) {
  const record = sealEvent(null, { chainId: 't:0', event, recordedAt: new Date('2026-03-02T14:00:00Z') });
  return searchKeysOf(record, event);
}

const base = { specversion: '1.0', id: 'e-1', source: '/s', type: 't' };

describe('searchKeysOf', () => {
  it.each([
    ['data ids', { ...base, data: { debtorId: 'CC-1', accountId: 'CRED-1' } }, { debtorKey: 'CC-1', accountKeys: ['CRED-1'] }],
    ['extension attributes only', { ...base, debtorid: 'CC-2', accountid: 'CRED-2', data: {} }, { debtorKey: 'CC-2', accountKeys: ['CRED-2'] }],
    [
      'interaction account lists',
      { ...base, accountid: 'CRED-1', data: { debtorId: 'CC-3', accountIds: ['CRED-1', 'CRED-4', 7, ''] } },
      { debtorKey: 'CC-3', accountKeys: ['CRED-1', 'CRED-4'] },
    ],
    ['no ids at all', { ...base, data: { note: 'x' } }, { debtorKey: null, accountKeys: [] }],
  ])('collects %s', (_label, event, expected) => {
    expect(keysOf(event as LedgerEvent)).toEqual(expected);
  });
});
