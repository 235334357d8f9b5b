import { IsInt, IsString, Max, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { buildProblem, createValidationPipe, DomainError, languageOf, RequestValidationError } from './index';

class Inner {
  @IsInt()
  @Max(10)
  count!: number;
}

class Body {
  @IsString()
  name!: string;

  @ValidateNested()
  @Type(() => Inner)
  inner!: Inner;
}

describe('languageOf', () => {
  it.each([
    [undefined, 'es'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['es-CO', 'es'],
    ['fr-FR, en;q=0.5', 'en'],
    ['en;q=0.2, es;q=0.8', 'es'],
    ['de', 'es'],
  ])('picks a language for %s', (header, expected) => {
    expect(languageOf(header)).toBe(expected);
  });
});

describe('validation pipe', () => {
  const pipe = createValidationPipe();

  async function problemsFor(value: unknown) {
    try {
      await pipe.transform(value, { type: 'body', metatype: Body });
    } catch (error) {
      return (error as RequestValidationError).fields;
    }
    throw new Error('expected the body to be rejected');
  }

  it('names every invalid field with its path', async () => {
    const problems = await problemsFor({ name: 5, inner: { count: 11 } });

    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'name', code: 'field.string' }),
        expect.objectContaining({ field: 'inner.count', code: 'field.max' }),
      ]),
    );
  });

  it('rejects unknown fields', async () => {
    const problems = await problemsFor({ name: 'x', inner: { count: 1 }, admin: true });

    expect(problems).toEqual([expect.objectContaining({ field: 'admin', code: 'field.unknown' })]);
  });
});

describe('buildProblem', () => {
  const request = { url: '/v1/things', id: 'req-1' };

  it('writes Spanish by default and English on request', () => {
    const error = new RequestValidationError([{ field: 'amount', code: 'field.amount' }]);

    const spanish = buildProblem(error, 'es', request);
    const english = buildProblem(error, 'en', request);

    expect(spanish).toMatchObject({ status: 400, code: 'request.invalid', requestId: 'req-1', instance: '/v1/things', title: 'Solicitud inválida' });
    expect(spanish.errors?.[0].message).toContain('"150000.00"');
    expect(english.title).toBe('Bad request');
    expect(english.errors?.[0].message).toBe('Must be a positive decimal string, for example "150000.00".');
  });

  it('gives an internal error only the request id', () => {
    const problem = buildProblem(new DomainError('internal.error', 500), 'es', request);

    expect(problem.detail).toContain('req-1');
    expect(problem.status).toBe(500);
  });
});
