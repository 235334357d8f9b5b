import {
  ACCEPTED_CURRENCY_CODES,
  formatAmount,
  InvalidAmountCode,
  InvalidAmountError,
  isAcceptedCurrency,
  MAX_MINOR_UNITS,
  parseAmount,
} from './money';

describe('parseAmount', () => {
  it.each([
    ['150000.00', 'COP', 15_000_000n],
    ['150000', 'COP', 15_000_000n],
    ['150000.5', 'COP', 15_000_050n],
    ['0.5', 'USD', 50n],
    ['0.05', 'EUR', 5n],
    ['0', 'COP', 0n],
    ['0.00', 'COP', 0n],
    ['007.10', 'COP', 710n],
    ['92233720368547758.07', 'COP', MAX_MINOR_UNITS],
  ])('parses "%s" %s as %p minor units', (value, currency, expected) => {
    const result = parseAmount(value, currency);

    expect(result).toEqual({ ok: true, value: expected });
  });

  it('keeps precision beyond what a JavaScript number holds', () => {
    const result = parseAmount('90071992547409.93', 'COP');

    expect(result).toEqual({ ok: true, value: 9_007_199_254_740_993n });
  });

  it.each<[unknown, string, InvalidAmountCode]>([
    ['-1.00', 'COP', 'AMOUNT_NEGATIVE'],
    ['-0', 'COP', 'AMOUNT_NEGATIVE'],
    ['1.005', 'COP', 'AMOUNT_TOO_MANY_DECIMALS'],
    ['150000.000', 'USD', 'AMOUNT_TOO_MANY_DECIMALS'],
    ['1e5', 'COP', 'AMOUNT_EXPONENT'],
    ['1.5E2', 'COP', 'AMOUNT_EXPONENT'],
    ['', 'COP', 'AMOUNT_EMPTY'],
    [150000, 'COP', 'AMOUNT_NOT_A_STRING'],
    [null, 'COP', 'AMOUNT_NOT_A_STRING'],
    ['+5', 'COP', 'AMOUNT_MALFORMED'],
    [' 5', 'COP', 'AMOUNT_MALFORMED'],
    ['5 ', 'COP', 'AMOUNT_MALFORMED'],
    ['1,000.00', 'COP', 'AMOUNT_MALFORMED'],
    ['1.000,00', 'COP', 'AMOUNT_MALFORMED'],
    ['.5', 'COP', 'AMOUNT_MALFORMED'],
    ['5.', 'COP', 'AMOUNT_MALFORMED'],
    ['abc', 'COP', 'AMOUNT_MALFORMED'],
    ['0x10', 'COP', 'AMOUNT_MALFORMED'],
    ['Infinity', 'COP', 'AMOUNT_MALFORMED'],
    ['１２', 'COP', 'AMOUNT_MALFORMED'],
    ['92233720368547758.08', 'COP', 'AMOUNT_OUT_OF_RANGE'],
    ['100.00', 'XYZ', 'CURRENCY_NOT_ACCEPTED'],
    ['100.00', 'cop', 'CURRENCY_NOT_ACCEPTED'],
    ['100.00', 'toString', 'CURRENCY_NOT_ACCEPTED'],
  ])('rejects %p %s with %s', (value, currency, code) => {
    const result = parseAmount(value, currency);

    expect(result.ok).toBe(false);
    if (result.ok) {
      return;
    }
    expect(result.error).toBeInstanceOf(InvalidAmountError);
    expect(result.error.code).toBe(code);
    expect(result.error.message.length).toBeGreaterThan(0);
  });
});

describe('formatAmount', () => {
  it.each([
    [15_000_000n, 'COP' as const, '150000.00'],
    [50n, 'USD' as const, '0.50'],
    [5n, 'EUR' as const, '0.05'],
    [0n, 'COP' as const, '0.00'],
    [-1_250n, 'COP' as const, '-12.50'],
    [MAX_MINOR_UNITS, 'COP' as const, '92233720368547758.07'],
  ])('formats %p %s as "%s"', (minorUnits, currency, expected) => {
    expect(formatAmount(minorUnits, currency)).toBe(expected);
  });

  it.each(['150000.00', '0.05', '1.10', '92233720368547758.07'])('round-trips "%s"', (value) => {
    const result = parseAmount(value, 'COP');

    expect(result.ok).toBe(true);
    if (!result.ok) {
      return;
    }
    expect(formatAmount(result.value, 'COP')).toBe(value);
  });
});

describe('accepted currencies', () => {
  it('accepts COP, USD and EUR', () => {
    expect(ACCEPTED_CURRENCY_CODES).toEqual(['COP', 'USD', 'EUR']);
    expect(isAcceptedCurrency('COP')).toBe(true);
    expect(isAcceptedCurrency('VES')).toBe(false);
  });
});
