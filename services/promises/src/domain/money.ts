/** Money helpers. Amounts are integer minor units (centavos for COP) held as bigint. */

/** Basis points in one whole: 10 000 bp = 100 %. */
export const BASIS_POINTS_PER_WHOLE = 10_000;

const CURRENCY_CODE_PATTERN = /^[A-Z]{3}$/;

/** Checks the ISO 4217 alphabetic form (three upper-case letters), not membership in the list. */
export function isCurrencyCode(value: string): boolean {
  return CURRENCY_CODE_PATTERN.test(value);
}

/**
 * Returns the smallest amount that reaches `basisPoints` of `amount`, rounding up so that a
 * 90 % threshold on 1 001 minor units requires 901, never 900.
 */
export function thresholdAmount(amount: bigint, basisPoints: number): bigint {
  const whole = BigInt(BASIS_POINTS_PER_WHOLE);
  const scaled = amount * BigInt(basisPoints);
  return (scaled + whole - 1n) / whole;
}

export function minAmount(first: bigint, second: bigint): bigint {
  return first < second ? first : second;
}

export function sumAmounts(amounts: readonly bigint[]): bigint {
  return amounts.reduce((total, amount) => total + amount, 0n);
}
