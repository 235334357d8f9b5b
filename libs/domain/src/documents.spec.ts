import {
  InvalidDocumentCode,
  InvalidDocumentError,
  maskDocumentNumber,
  nitCheckDigit,
  validateDocumentNumber,
} from './documents';

describe('nitCheckDigit', () => {
  // Published NITs of Colombian entities and their DIAN check digits.
  it.each([
    ['890903938', 8],
    ['899999068', 1],
    ['800197268', 4],
    ['860034313', 7],
    ['860002964', 4],
    ['900123456', 8],
  ])('computes %s → %i', (base, expected) => {
    expect(nitCheckDigit(base)).toBe(expected);
  });

  it.each([
    // 1·3 + 9·7 = 66, remainder 0, kept as the digit.
    ['091', 0],
    // 4·3 = 12, remainder 1, kept as the digit.
    ['004', 1],
    // 1·13 = 13, remainder 2, so the digit is 11 − 2.
    ['100', 9],
  ])('applies the remainder rule to %s → %i', (base, expected) => {
    expect(nitCheckDigit(base)).toBe(expected);
  });

  it.each(['', '12', '90012345a', '1234567890123456'])('rejects the base "%s"', (base) => {
    expect(() => nitCheckDigit(base)).toThrow(InvalidDocumentError);
  });
});

describe('validateDocumentNumber', () => {
  it.each([
    ['NIT', '890903938-8', undefined, '890903938-8'],
    ['NIT', '890.903.938-8', undefined, '890903938-8'],
    ['NIT', ' 900123456-8 ', undefined, '900123456-8'],
    ['NIT', '900123456', '8', '900123456-8'],
    ['NIT', '900123456-8', '8', '900123456-8'],
    ['CC', '1020304050', undefined, '1020304050'],
    ['CC', '79123456', undefined, '79123456'],
    ['CE', '123456', undefined, '123456'],
    ['TI', '1001234567', undefined, '1001234567'],
    ['PPT', '4567891', undefined, '4567891'],
    ['PA', 'ao123456', undefined, 'AO123456'],
  ])('accepts %s "%s" (separate digit %p) as %s', (type, number, digit, expected) => {
    expect(validateDocumentNumber(type, number, digit)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, string, string | undefined, InvalidDocumentCode]>([
    ['NIT', '900123456-7', undefined, 'NIT_CHECK_DIGIT_MISMATCH'],
    ['NIT', '900123456', '7', 'NIT_CHECK_DIGIT_MISMATCH'],
    ['NIT', '900123456-8', '7', 'NIT_CHECK_DIGIT_MISMATCH'],
    ['NIT', '900123456', undefined, 'NIT_CHECK_DIGIT_MISSING'],
    ['NIT', '900123456', '', 'NIT_CHECK_DIGIT_MISSING'],
    ['NIT', '900123456-', undefined, 'DOCUMENT_NUMBER_MALFORMED'],
    ['NIT', '900123456-88', undefined, 'DOCUMENT_NUMBER_MALFORMED'],
    ['NIT', '9001.23456-8', undefined, 'DOCUMENT_NUMBER_MALFORMED'],
    ['NIT', '900123456', '12', 'DOCUMENT_NUMBER_MALFORMED'],
    ['NIT', 'ABC-1', undefined, 'DOCUMENT_NUMBER_MALFORMED'],
    ['CC', '0123456', undefined, 'DOCUMENT_NUMBER_MALFORMED'],
    ['CC', '12345678901', undefined, 'DOCUMENT_NUMBER_MALFORMED'],
    ['CC', '79.123.456', undefined, 'DOCUMENT_NUMBER_MALFORMED'],
    ['CE', 'E12345', undefined, 'DOCUMENT_NUMBER_MALFORMED'],
    ['TI', '1234567', undefined, 'DOCUMENT_NUMBER_MALFORMED'],
    ['PA', 'AO-123456', undefined, 'DOCUMENT_NUMBER_MALFORMED'],
    ['PPT', '', undefined, 'DOCUMENT_NUMBER_MALFORMED'],
    ['RC', '123456', undefined, 'DOCUMENT_TYPE_UNKNOWN'],
  ])('rejects %s "%s" (separate digit %p) with %s', (type, number, digit, code) => {
    const result = validateDocumentNumber(type, number, digit);

    expect(result.ok).toBe(false);
    if (result.ok) {
      return;
    }
    expect(result.error.code).toBe(code);
  });

  it('keeps the document number out of its error messages', () => {
    const result = validateDocumentNumber('NIT', '900123456-7');

    expect(result.ok).toBe(false);
    if (result.ok) {
      return;
    }
    expect(result.error.message).not.toContain('900123456');
    expect(result.error.message).toContain('******456');
  });
});

describe('maskDocumentNumber', () => {
  it.each([
    ['1020304050', '*******050'],
    ['900123456-8', '********6-8'],
    ['AO123456', '*****456'],
    ['1234', '*234'],
    ['123', '***'],
    ['', ''],
  ])('masks "%s" as "%s"', (number, expected) => {
    expect(maskDocumentNumber(number)).toBe(expected);
  });
});
