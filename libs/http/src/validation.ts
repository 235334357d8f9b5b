import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldProblem, RequestValidationError } from './errors';

/**
 * Message code for a class-validator constraint. DTOs may set their own code with
 * `{ message: 'field.amount' }`, which wins over this table.
 */
const CONSTRAINT_CODES: Record<string, string> = {
  whitelistValidation: 'field.unknown',
  isDefined: 'field.required',
  isNotEmpty: 'field.required',
  isString: 'field.string',
  isUuid: 'field.uuid',
  isUUID: 'field.uuid',
  isIn: 'field.one_of',
  isEnum: 'field.one_of',
  isInt: 'field.integer',
  isBoolean: 'field.boolean',
  min: 'field.min',
  max: 'field.max',
  maxLength: 'field.max_length',
  minLength: 'field.min_length',
  isIso8601: 'field.instant',
  isISO8601: 'field.instant',
  isDateString: 'field.instant',
  isArray: 'field.array',
  arrayMaxSize: 'field.array_max',
  arrayMinSize: 'field.array_min',
  isObject: 'field.object',
  nestedValidation: 'field.object',
  matches: 'field.pattern',
};

function paramsOf(error: ValidationError, constraint: string): Record<string, unknown> {
  const args = (error.contexts?.[constraint] as { args?: unknown[] } | undefined)?.args;
  const message = error.constraints?.[constraint] ?? '';
  const numbers = message.match(/-?\d+(\.\d+)?/g) ?? [];
  const allowed = message.match(/following values: (.*)$/)?.[1];
  return { min: args?.[0] ?? numbers[0], max: args?.[0] ?? numbers[numbers.length - 1], allowed };
}

/** Flattens nested class-validator errors into one problem per field, with JSON-path names. */
export function toFieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    let field = error.property;
    if (parent && /^\d+$/.test(error.property)) {
      field = `${parent}[${error.property}]`;
    } else if (parent) {
      field = `${parent}.${error.property}`;
    }
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => {
      const code = message.startsWith('field.') ? message : (CONSTRAINT_CODES[constraint] ?? 'field.invalid');
      return { field, code, params: paramsOf(error, constraint) };
    });
    return [...own, ...toFieldProblems(error.children ?? [], field)];
  });
}

/**
 * Strict input validation: unknown fields are rejected, values are transformed to DTO types, and
 * every problem in the request is reported at once.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new RequestValidationError(toFieldProblems(errors)),
  });
}

// RFC 3339 date-time with its offset or Z; hours 00-23, offsets within ±14:59.
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;

/**
 * Checks that `value` is an RFC 3339 instant on a real calendar date in the years 1900 to 9998.
 * `Date.parse` alone rolls 30 February over into March, and the year bounds keep every Bogota
 * date of the instant within the years the holiday calendar computes.
 */
export function isRfc3339Instant(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = INSTANT.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && year <= 9998 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
