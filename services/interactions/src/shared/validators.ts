import { ValidateBy, ValidationOptions } from 'class-validator';
import { isValidBusinessDate } from '@bitacora/domain';
import { isRfc3339Instant } from '@bitacora/http';

export const BANK_ID = /^[A-Za-z0-9._:/-]{1,64}$/;
const CODE = /^[A-Z][A-Z0-9_]{1,63}$/;
const LOCAL_TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$/;

function byPattern(name: string, pattern: RegExp, code: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name, validator: { validate: (value: unknown) => typeof value === 'string' && pattern.test(value), defaultMessage: () => code } }, options);
}

/** An id as the bank gives it: letters, digits and . _ : / -, at most 64 characters. */
export const IsBankId = (options?: ValidationOptions) => byPattern('isBankId', BANK_ID, 'field.bank_id', options);

/** An upper-case code such as PROMISE_TO_PAY. */
export const IsUpperCode = (options?: ValidationOptions) => byPattern('isUpperCode', CODE, 'field.code', options);

/** A Bogota local time 'HH:MM', '24:00' allowed as the end of the day. */
export const IsLocalTime = (options?: ValidationOptions) => byPattern('isLocalTime', LOCAL_TIME, 'field.local_time', options);

/** An RFC 3339 date-time with its time zone. */
export const IsInstant = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isInstant',
      validator: {
        validate: isRfc3339Instant,
        defaultMessage: () => 'field.instant',
      },
    },
    options,
  );

/** A real calendar date written YYYY-MM-DD. */
export const IsBusinessDate = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isBusinessDate',
      validator: { validate: (value: unknown) => typeof value === 'string' && isValidBusinessDate(value), defaultMessage: () => 'field.date' },
    },
    options,
  );

/** Minutes east of UTC written in an RFC 3339 instant: 'Z' is 0, '-05:00' is -300. */
export function utcOffsetMinutesOf(instant: string): number {
  const match = /([+-])(\d{2}):(\d{2})$/.exec(instant);
  if (match === null) {
    return 0;
  }
  const minutes = Number(match[2]) * 60 + Number(match[3]);

  return match[1] === '-' ? -minutes : minutes;
}

/** Spanish first, then English, as every text a user reads. */
export function bilingual(es: string, en: string): string {
  return `${es} — ${en}`;
}
