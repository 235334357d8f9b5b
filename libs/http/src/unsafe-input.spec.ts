import { MAX_INPUT_DEPTH, unsafeInputProblems } from './unsafe-input';

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level += 1) {
    value = { a: value };
  }
  return value;
}

describe('unsafeInputProblems', () => {
  it('accepts ordinary input', () => {
    expect(unsafeInputProblems({ notes: 'Dice que paga el viernes 😀', party: { id: 'CC-1' }, accountIds: ['CRED-1'] })).toEqual([]);
  });

  it('flags a NUL character', () => {
    expect(unsafeInputProblems({ party: { id: 'CC-1' }, notes: 'a\u0000b' })).toEqual([{ field: 'notes', code: 'field.control_character' }]);
    expect(unsafeInputProblems({ accountIds: ['ok', 'x\u0000'] })).toEqual([{ field: 'accountIds[1]', code: 'field.control_character' }]);
  });

  it('flags a lone surrogate', () => {
    expect(unsafeInputProblems({ notes: 'a\ud800b' })).toEqual([{ field: 'notes', code: 'field.malformed_text' }]);
    expect(unsafeInputProblems({ notes: 'a\udc00' })).toEqual([{ field: 'notes', code: 'field.malformed_text' }]);
  });

  it('flags nesting beyond the limit', () => {
    expect(unsafeInputProblems(nested(MAX_INPUT_DEPTH))).toEqual([]);
    expect(unsafeInputProblems(nested(MAX_INPUT_DEPTH + 1))).toEqual([{ field: '$', code: 'field.too_deep', params: { max: MAX_INPUT_DEPTH } }]);
    expect(unsafeInputProblems(nested(200_000))).toHaveLength(1);
  });

  it('checks object keys too', () => {
    expect(unsafeInputProblems({ 'a\u0000': 1 })).toEqual([{ field: '$', code: 'field.control_character' }]);
  });
});
