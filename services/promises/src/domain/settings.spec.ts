import { thresholdAmount } from './money';
import { DEFAULT_PROMISES_SETTINGS, validatePromisesSettings, type PromisesSettings } from './settings';

describe('validatePromisesSettings', () => {
  it('accepts defaults', () => {
    expect(validatePromisesSettings(DEFAULT_PROMISES_SETTINGS)).toEqual([]);
  });

  it.each<{ name: string; change: Partial<PromisesSettings>; field: string }>([
    { name: 'threshold zero', change: { promiseKeptThresholdBasisPoints: 0 }, field: 'promiseKeptThresholdBasisPoints' },
    { name: 'threshold above whole', change: { installmentKeptThresholdBasisPoints: 10_001 }, field: 'installmentKeptThresholdBasisPoints' },
    { name: 'default grace above maximum', change: { defaultGraceDays: 31 }, field: 'defaultGraceDays' },
    { name: 'zero missed installments', change: { defaultAfterMissedInstallments: 0 }, field: 'defaultAfterMissedInstallments' },
    { name: 'bad currency', change: { defaultCurrency: 'pesos' }, field: 'defaultCurrency' },
    {
      name: 'usury cap with reversed period',
      change: { usuryCaps: [{ creditType: 'X', validFrom: '2026-04-01', validTo: '2026-03-01', maxAnnualEffectiveRateBasisPoints: 2_500 }] },
      field: 'usuryCaps[0]',
    },
  ])('rejects $name', ({ change, field }) => {
    const errors = validatePromisesSettings({ ...DEFAULT_PROMISES_SETTINGS, ...change });

    expect(errors).toEqual([expect.objectContaining({ code: 'INVALID_SETTING', field })]);
  });
});

describe('thresholdAmount', () => {
  it.each([
    { amount: 100_000n, basisPoints: 10_000, expected: 100_000n },
    { amount: 100_000n, basisPoints: 9_000, expected: 90_000n },
    { amount: 1_001n, basisPoints: 9_000, expected: 901n },
    { amount: 1n, basisPoints: 1, expected: 1n },
  ])('$basisPoints bp of $amount', ({ amount, basisPoints, expected }) => {
    expect(thresholdAmount(amount, basisPoints)).toBe(expected);
  });
});
