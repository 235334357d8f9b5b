/** Joins an OpenAPI description in both languages: Spanish (es-CO) first, then English. */
export function bilingual(es: string, en: string): string {
  return `${es} / ${en}`;
}

/** Patterns shared by the request DTOs. */
export const ApiPatterns = {
  bankId: /^[A-Za-z0-9._:/-]{1,64}$/,
  amount: /^(0|[1-9][0-9]{0,15})(\.[0-9]{1,4})?$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  percent: /^[0-9]{1,3}(\.[0-9]{1,2})?$/,
} as const;

export const ACCEPTED_CURRENCIES = ['COP', 'USD', 'EUR'] as const;
