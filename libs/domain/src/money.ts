import { DomainError } from './domain-error';
import { err, ok, Result } from './result';

/** An ISO 4217 currency and the number of decimal places of its minor unit. */
export interface Currency {
  readonly code: string;
  readonly minorUnits: number;
}

/** Currencies the platform accepts, with their ISO 4217 minor units. */
export const ACCEPTED_CURRENCIES = {
  COP: { code: 'COP', minorUnits: 2 },
  USD: { code: 'USD', minorUnits: 2 },
  EUR: { code: 'EUR', minorUnits: 2 },
} as const satisfies Record<string, Currency>;

export type CurrencyCode = keyof typeof ACCEPTED_CURRENCIES;

export const ACCEPTED_CURRENCY_CODES = Object.keys(ACCEPTED_CURRENCIES) as CurrencyCode[];

/** Largest amount in minor units that fits a PostgreSQL bigint column. */
export const MAX_MINOR_UNITS = 9_223_372_036_854_775_807n;

export type InvalidAmountCode =
  | 'AMOUNT_NOT_A_STRING'
  | 'AMOUNT_EMPTY'
  | 'AMOUNT_NEGATIVE'
  | 'AMOUNT_EXPONENT'
  | 'AMOUNT_TOO_MANY_DECIMALS'
  | 'AMOUNT_MALFORMED'
  | 'AMOUNT_OUT_OF_RANGE'
  | 'CURRENCY_NOT_ACCEPTED';

export class InvalidAmountError extends DomainError {
  constructor(
    readonly code: InvalidAmountCode,
    message: string,
  ) {
    super(message);
  }
}

const DECIMAL_PATTERN = /^(\d+)(?:\.(\d+))?$/;

export function isAcceptedCurrency(code: string): code is CurrencyCode {
  return Object.hasOwn(ACCEPTED_CURRENCIES, code);
}

/**
 * Parses a decimal amount as the API carries it ("150000.00", "150000", "0.5") into integer
 * minor units of `currencyCode`. Signs, exponents, spaces, thousands separators and more decimals
 * than the currency has are rejected with an error whose code names the problem.
 */
export function parseAmount(value: unknown, currencyCode: string): Result<bigint, InvalidAmountError> {
  if (!isAcceptedCurrency(currencyCode)) {
    return invalid('CURRENCY_NOT_ACCEPTED', `Currency "${currencyCode}" is not accepted: use one of ${ACCEPTED_CURRENCY_CODES.join(', ')}.`);
  }

  if (typeof value !== 'string') {
    return invalid('AMOUNT_NOT_A_STRING', 'The amount must be a decimal string such as "150000.00", not a JSON number.');
  }

  if (value === '') {
    return invalid('AMOUNT_EMPTY', 'The amount is empty: expected a decimal string such as "150000.00".');
  }

  if (value.startsWith('-')) {
    return invalid('AMOUNT_NEGATIVE', `The amount "${value}" is negative: amounts must be zero or more.`);
  }

  if (/[eE]/.test(value)) {
    return invalid('AMOUNT_EXPONENT', `The amount "${value}" uses an exponent: write every digit, as in "150000.00".`);
  }

  const match = DECIMAL_PATTERN.exec(value);
  if (match === null) {
    return invalid('AMOUNT_MALFORMED', `The amount "${value}" is not a decimal string: expected digits with an optional "." and decimals, as in "150000.00".`);
  }

  const { minorUnits } = ACCEPTED_CURRENCIES[currencyCode];
  const [, integerPart, fractionPart = ''] = match;
  if (fractionPart.length > minorUnits) {
    return invalid('AMOUNT_TOO_MANY_DECIMALS', `The amount "${value}" has ${fractionPart.length} decimals but ${currencyCode} has ${minorUnits}.`);
  }

  const amount = BigInt(integerPart + fractionPart.padEnd(minorUnits, '0'));
  if (amount > MAX_MINOR_UNITS) {
    return invalid('AMOUNT_OUT_OF_RANGE', `The amount "${value}" is too large: at most ${formatAmount(MAX_MINOR_UNITS, currencyCode)} ${currencyCode}.`);
  }

  return ok(amount);
}

/** Formats integer minor units as a decimal string with the currency's decimals ("150000.00"). */
export function formatAmount(minorUnits: bigint, currencyCode: CurrencyCode): string {
  const decimals: number = ACCEPTED_CURRENCIES[currencyCode].minorUnits;
  const sign = minorUnits < 0n ? '-' : '';
  const digits = (minorUnits < 0n ? -minorUnits : minorUnits).toString().padStart(decimals + 1, '0');
  if (decimals === 0) {
    return sign + digits;
  }

  return `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

function invalid(code: InvalidAmountCode, message: string): Result<bigint, InvalidAmountError> {
  return err(new InvalidAmountError(code, message));
}
