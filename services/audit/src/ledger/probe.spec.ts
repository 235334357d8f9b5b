import canonicalize from 'canonicalize';
test('probe', () => { expect(canonicalize({ b: 1, a: 1e21 })).toBe('{"a":1e+21,"b":1}'); });
