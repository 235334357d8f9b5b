import { isValidIdempotencyKey, requestHashOf } from './request-hash';

describe('requestHashOf', () => {
  it('ignores key order and whitespace of the body', () => {
    const first = requestHashOf('POST', '/v1/promises', JSON.parse('{"a": 1, "b": {"c": [1, 2]}}'));
    const second = requestHashOf('post', '/v1/promises', JSON.parse('{"b":{"c":[1,2]},"a":1}'));

    expect(first.equals(second)).toBe(true);
  });

  it('differs by body, path and method', () => {
    const base = requestHashOf('POST', '/v1/promises', { amount: '1.00' });

    expect(base.equals(requestHashOf('POST', '/v1/promises', { amount: '1.0' }))).toBe(false);
    expect(base.equals(requestHashOf('POST', '/v1/plans', { amount: '1.00' }))).toBe(false);
    expect(base.equals(requestHashOf('PATCH', '/v1/promises', { amount: '1.00' }))).toBe(false);
  });

  it('tells an absent body from an empty one', () => {
    expect(requestHashOf('POST', '/x', undefined).equals(requestHashOf('POST', '/x', {}))).toBe(false);
  });
});

describe('isValidIdempotencyKey', () => {
  it.each([
    ['0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a11', true],
    ['a', true],
    ['x'.repeat(255), true],
    ['x'.repeat(256), false],
    ['', false],
    ['has space', false],
    ['ñ', false],
  ])('judges %j as %s', (key, valid) => {
    expect(isValidIdempotencyKey(key)).toBe(valid);
  });
});
