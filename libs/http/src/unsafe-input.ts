import type { FieldProblem } from './errors';

/** Deepest nesting of objects and arrays a request may have; real bodies stay under ten levels. */
export const MAX_INPUT_DEPTH = 32;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function textProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'field.control_character';
  if (LONE_SURROGATE.test(text)) return 'field.malformed_text';
  return undefined;
}

function childPath(parent: string, key: string, isArray: boolean): string {
  if (isArray) return `${parent === '$' ? '' : parent}[${key}]`;
  return parent === '$' ? key : `${parent}.${key}`;
}

/**
 * Lists what recursive validators and PostgreSQL cannot handle in parsed JSON: deep nesting, NUL
 * characters and lone UTF-16 surrogates. Walks the value with its own stack, so it never recurses.
 */
export function unsafeInputProblems(input: unknown): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const pending: { value: unknown; path: string; depth: number }[] = [{ value: input, path: '$', depth: 0 }];
  while (pending.length > 0) {
    const { value, path, depth } = pending.pop()!;
    if (typeof value === 'string') {
      const code = textProblem(value);
      if (code) problems.push({ field: path, code });
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) {
      return [{ field: '$', code: 'field.too_deep', params: { max: MAX_INPUT_DEPTH } }];
    }
    const isArray = Array.isArray(value);
    for (const [key, child] of Object.entries(value)) {
      const keyCode = textProblem(key);
      if (keyCode) problems.push({ field: path, code: keyCode });
      pending.push({ value: child, path: childPath(path, key, isArray), depth: depth + 1 });
    }
  }
  return problems;
}
