import { RequestValidationError } from '@bitacora/http';
import { rejectUndeclaredInput } from './undeclared-input';

function problemsOf(action: () => void) {
  try {
    action();
  } catch (error) {
    if (error instanceof RequestValidationError) return error.fields;
    throw error;
  }
  return [];
}

describe('rejectUndeclaredInput', () => {
  it('accepts nothing, or an empty object body, on a route that declares nothing', () => {
    expect(problemsOf(() => rejectUndeclaredInput({ query: false, body: false }, {}, undefined))).toEqual([]);
    expect(problemsOf(() => rejectUndeclaredInput({ query: false, body: false }, {}, {}))).toEqual([]);
  });

  it('names each undeclared query parameter and body field', () => {
    const problems = problemsOf(() => rejectUndeclaredInput({ query: false, body: false }, { page: '2' }, { note: 'x' }));

    expect(problems).toEqual([
      { field: 'page', code: 'field.unknown' },
      { field: 'note', code: 'field.unknown' },
    ]);
  });

  it('rejects a body that is not an object', () => {
    expect(problemsOf(() => rejectUndeclaredInput({ query: true, body: false }, {}, [1]))).toEqual([{ field: 'body', code: 'field.unknown' }]);
  });

  it('leaves declared input to the validation pipe', () => {
    expect(problemsOf(() => rejectUndeclaredInput({ query: true, body: true }, { limit: '5' }, { a: 1 }))).toEqual([]);
  });
});
