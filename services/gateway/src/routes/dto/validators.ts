import { ValidateBy, ValidationOptions } from 'class-validator';
import { isRfc3339Instant } from '@bitacora/http';

/** The pattern of a bank's own id (debtor, account): letters, digits and . _ : / -, 1 to 64 characters. */
export const BANK_ID_PATTERN = '^[A-Za-z0-9._:/-]{1,64}$';
const BANK_ID = new RegExp(BANK_ID_PATTERN);
const UPPER_CODE = /^[A-Z][A-Z0-9_]{1,63}$/;
const LOCAL_TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$/;
/** RFC 3339 date-time, always with its offset or Z. */
const BUSINESS_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Decimal string of a positive amount with at most 4 decimals; money is never a JSON number. */
const AMOUNT = /^(0|[1-9][0-9]{0,15})(\.[0-9]{1,4})?$/;
const CURRENCY = /^[A-Z]{3}$/;

function byPattern(name: string, pattern: RegExp, code: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name, validator: { validate: (value: unknown) => typeof value === 'string' && pattern.test(value), defaultMessage: () => code } }, options);
}

function isCalendarDate(value: string): boolean {
  const match = BUSINESS_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const IsBankId = (options?: ValidationOptions) => byPattern('isBankId', BANK_ID, 'field.bank_id', options);
export const IsUpperCode = (options?: ValidationOptions) => byPattern('isUpperCode', UPPER_CODE, 'field.code', options);
export const IsLocalTime = (options?: ValidationOptions) => byPattern('isLocalTime', LOCAL_TIME, 'field.local_time', options);
export const IsAmount = (options?: ValidationOptions) => byPattern('isAmount', AMOUNT, 'field.amount', options);
export const IsCurrency = (options?: ValidationOptions) => byPattern('isCurrency', CURRENCY, 'field.currency', options);

export const IsInstant = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isInstant',
      validator: { validate: isRfc3339Instant, defaultMessage: () => 'field.instant' },
    },
    options,
  );

/** A real calendar date written YYYY-MM-DD (a business date in America/Bogota). */
export const IsBusinessDate = (options?: ValidationOptions) =>
  ValidateBy({ name: 'isBusinessDate', validator: { validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value), defaultMessage: () => 'field.date' } }, options);
