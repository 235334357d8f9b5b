/** One invalid field of a request: a JSON path, a message code and its parameters. */
export interface FieldProblem {
  field: string;
  code: string;
  params?: Record<string, unknown>;
}

/**
 * An expected failure that a client may see: a broken business rule, a missing record, a
 * conflict. `code` selects the translated message; the HTTP status is chosen here, at the edge.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly params: Record<string, unknown> = {},
    readonly fields: FieldProblem[] = [],
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

export class RequestValidationError extends DomainError {
  constructor(fields: FieldProblem[]) {
    super('request.invalid', 400, {}, fields);
    this.name = 'RequestValidationError';
  }
}

export const notFound = (code: string, params: Record<string, unknown> = {}) => new DomainError(code, 404, params);
export const conflict = (code: string, params: Record<string, unknown> = {}) => new DomainError(code, 409, params);
export const unprocessable = (code: string, params: Record<string, unknown> = {}, fields: FieldProblem[] = []) => new DomainError(code, 422, params, fields);
