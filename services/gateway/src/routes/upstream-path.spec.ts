import { fillPath, queryStringOf } from './upstream-path';

describe('fillPath', () => {
  it('fills and encodes path parameters', () => {
    expect(fillPath('/v1/debtors/:debtorId/interactions', { debtorId: 'CC/10 20' })).toBe('/v1/debtors/CC%2F10%2020/interactions');
  });

  it('raises when a parameter has no value', () => {
    expect(() => fillPath('/v1/promises/:promiseId', {})).toThrow('promiseId');
  });
});

describe('queryStringOf', () => {
  it('keeps the query string with its question mark', () => {
    expect(queryStringOf('/v1/x?limit=2&cursor=a')).toBe('?limit=2&cursor=a');
    expect(queryStringOf('/v1/x')).toBe('');
  });
});
