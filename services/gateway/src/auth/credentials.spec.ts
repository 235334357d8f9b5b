import { credentialsOf } from './credentials';

describe('credentialsOf', () => {
  it.each([
    ['Bearer header', { authorization: 'Bearer abc.def.ghi' }, { kind: 'bearer', token: 'abc.def.ghi' }],
    ['bearer scheme in lower case', { authorization: 'bearer abc' }, { kind: 'bearer', token: 'abc' }],
    ['ApiKey scheme', { authorization: 'ApiKey bk_123' }, { kind: 'api_key', key: 'bk_123' }],
    ['X-Api-Key header', { 'x-api-key': 'bk_456' }, { kind: 'api_key', key: 'bk_456' }],
    ['Authorization over X-Api-Key', { authorization: 'ApiKey bk_1', 'x-api-key': 'bk_2' }, { kind: 'api_key', key: 'bk_1' }],
    ['no header', {}, { kind: 'none' }],
    ['blank X-Api-Key', { 'x-api-key': '  ' }, { kind: 'none' }],
    ['unknown scheme', { authorization: 'Basic dXNlcjpwYXNz' }, { kind: 'malformed' }],
    ['scheme without value', { authorization: 'Bearer' }, { kind: 'malformed' }],
    ['value with spaces', { authorization: 'Bearer a b' }, { kind: 'malformed' }],
  ])('reads %s', (_case, headers, expected) => {
    expect(credentialsOf(headers)).toEqual(expected);
  });
});
