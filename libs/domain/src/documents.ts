import { DomainError } from './domain-error';
import { err, ok, Result } from './result';

/**
 * Colombian identity document types: cédula de ciudadanía (CC), cédula de extranjería (CE),
 * tax id (NIT), passport (PA), tarjeta de identidad (TI) and Permiso por Protección Temporal (PPT).
 */
export const DOCUMENT_TYPES = ['CC', 'CE', 'NIT', 'PA', 'TI', 'PPT'] as const;

export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export type InvalidDocumentCode =
  | 'DOCUMENT_TYPE_UNKNOWN'
  | 'DOCUMENT_NUMBER_MALFORMED'
  | 'NIT_CHECK_DIGIT_MISSING'
  | 'NIT_CHECK_DIGIT_MISMATCH';

export class InvalidDocumentError extends DomainError {
  constructor(
    readonly code: InvalidDocumentCode,
    message: string,
  ) {
    super(message);
  }
}

// NOTE: only the NIT check digit follows a published algorithm (DIAN). The other lengths are
// permissive bounds chosen so that no real document is rejected, not an issuer's specification.
const NUMBER_FORMATS: Record<Exclude<DocumentType, 'NIT'>, { pattern: RegExp; expected: string }> = {
  CC: { pattern: /^[1-9]\d{2,9}$/, expected: '3 to 10 digits, not starting with 0' },
  CE: { pattern: /^\d{3,10}$/, expected: '3 to 10 digits' },
  TI: { pattern: /^\d{8,11}$/, expected: '8 to 11 digits' },
  PPT: { pattern: /^\d{4,15}$/, expected: '4 to 15 digits' },
  PA: { pattern: /^[A-Z0-9]{4,20}$/, expected: '4 to 20 letters or digits' },
};

// DIAN weights, applied from the rightmost digit of the NIT base leftwards.
const NIT_WEIGHTS = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71];
const NIT_BASE_PATTERN = /^\d{3,15}$/;
const NIT_PATTERN = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:-(\d))?$/;

export function isDocumentType(value: string): value is DocumentType {
  return (DOCUMENT_TYPES as readonly string[]).includes(value);
}

/**
 * Computes the DIAN check digit of a NIT base (the digits before the hyphen): the weighted sum
 * of the digits modulo 11, kept when it is 0 or 1 and subtracted from 11 otherwise.
 */
export function nitCheckDigit(base: string): number {
  if (!NIT_BASE_PATTERN.test(base)) {
    throw new InvalidDocumentError('DOCUMENT_NUMBER_MALFORMED', `Invalid NIT base "${maskDocumentNumber(base)}": expected 3 to 15 digits.`);
  }

  let sum = 0;
  for (let position = 0; position < base.length; position += 1) {
    sum += Number(base[base.length - 1 - position]) * NIT_WEIGHTS[position];
  }
  const remainder = sum % 11;

  return remainder <= 1 ? remainder : 11 - remainder;
}

/**
 * Validates a document number for its type and returns it normalized: trimmed, passports in
 * upper case, and a NIT as "base-digit" without dots. A NIT must carry its check digit, either
 * after a hyphen ("900123456-8", "900.123.456-8") or as `separateCheckDigit`.
 */
export function validateDocumentNumber(
  type: string,
  number: string,
  separateCheckDigit?: string,
): Result<string, InvalidDocumentError> {
  if (!isDocumentType(type)) {
    return err(new InvalidDocumentError('DOCUMENT_TYPE_UNKNOWN', `Unknown document type "${type}": use one of ${DOCUMENT_TYPES.join(', ')}.`));
  }

  const trimmed = number.trim();
  if (type === 'NIT') {
    return validateNit(trimmed, separateCheckDigit?.trim());
  }

  const normalized = type === 'PA' ? trimmed.toUpperCase() : trimmed;
  const format = NUMBER_FORMATS[type];
  if (!format.pattern.test(normalized)) {
    return err(new InvalidDocumentError('DOCUMENT_NUMBER_MALFORMED', `Invalid ${type} number "${maskDocumentNumber(normalized)}": expected ${format.expected}.`));
  }

  return ok(normalized);
}

/** Masks a document number for logs, keeping only its last 3 characters ("*******456"). */
export function maskDocumentNumber(number: string): string {
  const visible = 3;
  if (number.length <= visible) {
    return '*'.repeat(number.length);
  }

  return '*'.repeat(number.length - visible) + number.slice(-visible);
}

function validateNit(number: string, separateDigit: string | undefined): Result<string, InvalidDocumentError> {
  const match = NIT_PATTERN.exec(number);
  if (match === null) {
    return err(new InvalidDocumentError('DOCUMENT_NUMBER_MALFORMED', `Invalid NIT "${maskDocumentNumber(number)}": expected digits and a check digit, as in 900123456-8.`));
  }

  const base = match[1].replaceAll('.', '');
  const hyphenDigit = match[2];
  if (hyphenDigit !== undefined && separateDigit !== undefined && hyphenDigit !== separateDigit) {
    return err(new InvalidDocumentError('NIT_CHECK_DIGIT_MISMATCH', 'The NIT carries two different check digits: one after the hyphen and one given separately.'));
  }

  const checkDigit = hyphenDigit ?? separateDigit;
  if (checkDigit === undefined || checkDigit === '') {
    return err(new InvalidDocumentError('NIT_CHECK_DIGIT_MISSING', `The NIT "${maskDocumentNumber(base)}" has no check digit: write it after a hyphen, as in 900123456-8.`));
  }

  if (!NIT_BASE_PATTERN.test(base) || !/^\d$/.test(checkDigit)) {
    return err(new InvalidDocumentError('DOCUMENT_NUMBER_MALFORMED', `Invalid NIT "${maskDocumentNumber(number)}": expected a base of 3 to 15 digits and a one-digit check digit.`));
  }

  const expected = nitCheckDigit(base);
  if (Number(checkDigit) !== expected) {
    return err(new InvalidDocumentError('NIT_CHECK_DIGIT_MISMATCH', `The check digit of NIT "${maskDocumentNumber(base)}" does not match its digits: verify the number with the RUT.`));
  }

  return ok(`${base}-${checkDigit}`);
}
