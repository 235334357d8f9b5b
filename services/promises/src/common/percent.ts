const PERCENT_PATTERN = /^(\d{1,3})(?:\.(\d{1,4}))?$/;

/**
 * Converts a percentage written as a decimal string ("24.5", "24.50") to basis points (2450).
 * Returns null for a malformed value. `exact` is false when the value has a fraction of a basis
 * point, which is then rounded up.
 */
export function basisPointsOfPercent(percent: string): { basisPoints: number; exact: boolean } | null {
  const match = PERCENT_PATTERN.exec(percent);
  if (match === null) {
    return null;
  }
  const fraction = (match[2] ?? '').padEnd(4, '0');
  const hundredthsOfBasisPoint = Number(match[1]) * 10000 + Number(fraction);
  return { basisPoints: Math.ceil(hundredthsOfBasisPoint / 100), exact: hundredthsOfBasisPoint % 100 === 0 };
}
