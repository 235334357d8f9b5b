import { unprocessable } from '@bitacora/http';

// Clocks of dialers and CRMs drift, so an instant this far ahead of ours is still accepted.
export const CLOCK_SKEW_MS = 5 * 60_000;

/** Returns the instant written in `value`, or now when absent; rejects one in the future on `field`. */
export function pastInstantOf(value: string | undefined, field: string, now = new Date()): Date {
  if (value === undefined) {
    return now;
  }
  const instant = new Date(value);
  if (instant.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw unprocessable('request.instant_in_future', { field }, [{ field, code: 'field.in_future' }]);
  }

  return instant;
}
