import { basisPointsOfPercent } from './percent';
import { installmentIdOf, uuidV5 } from './uuid-v5';

describe('uuidV5', () => {
  it('matches the RFC 9562 example for www.example.com', () => {
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('gives each installment of a plan its own stable id', () => {
    const planId = '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2b01';

    expect(installmentIdOf(planId, 1)).toBe(installmentIdOf(planId, 1));
    expect(installmentIdOf(planId, 1)).not.toBe(installmentIdOf(planId, 2));
  });

  it('rejects a namespace that is not a UUID', () => {
    expect(() => uuidV5('plan-1', 'x')).toThrow('is not a UUID');
  });
});

describe('basisPointsOfPercent', () => {
  it.each([
    ['24.5', { basisPoints: 2450, exact: true }],
    ['24.50', { basisPoints: 2450, exact: true }],
    ['0', { basisPoints: 0, exact: true }],
    ['25.5201', { basisPoints: 2553, exact: false }],
    ['100.0001', { basisPoints: 10001, exact: false }],
  ])('reads %s', (percent, expected) => {
    expect(basisPointsOfPercent(percent)).toEqual(expected);
  });

  it.each(['-1', '24,5', '1e2', '1000', ''])('rejects %s', (percent) => {
    expect(basisPointsOfPercent(percent)).toBeNull();
  });
});
