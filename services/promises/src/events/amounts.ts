import { formatAmount, isAcceptedCurrency } from '@bitacora/domain';

/** Formats minor units as the API's decimal string ("150000.00") in the currency's decimals. */
export function decimalOf(minorUnits: bigint, currency: string): string {
  if (!isAcceptedCurrency(currency)) {
    throw new Error(`Currency ${currency} has no known minor units; only accepted currencies are stored.`);
  }
  return formatAmount(minorUnits, currency);
}

/** Formats basis points as a percentage with two decimals: 2450 becomes "24.50". */
export function percentOf(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  return `${whole}.${String(basisPoints % 100).padStart(2, '0')}`;
}
