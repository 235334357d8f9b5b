import { parseAmount } from '@bitacora/domain';
import { DomainError, type FieldProblem } from '@bitacora/http';

const CODES: Record<string, string> = {
  AMOUNT_TOO_MANY_DECIMALS: 'promises.AMOUNT_TOO_MANY_DECIMALS',
  AMOUNT_OUT_OF_RANGE: 'promises.AMOUNT_OUT_OF_RANGE',
  CURRENCY_NOT_ACCEPTED: 'promises.INVALID_CURRENCY',
};

/**
 * Parses the decimal amounts of one request in its currency and collects a field problem for
 * each one that does not fit, so the caller sees every bad amount at once.
 */
export class RequestAmounts {
  private readonly problems: FieldProblem[] = [];

  constructor(private readonly currency: string) {}

  read(field: string, value: string): bigint {
    const parsed = parseAmount(value, this.currency);
    if (parsed.ok) {
      return parsed.value;
    }
    this.problems.push({ field, code: CODES[parsed.error.code] ?? 'field.amount', params: { currency: this.currency } });
    return 0n;
  }

  /** Throws a 400 naming every amount that could not be read. */
  assertValid(): void {
    if (this.problems.length > 0) {
      throw new DomainError('request.invalid', 400, {}, this.problems);
    }
  }
}
