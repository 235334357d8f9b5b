import type { LocalizedText } from '@bitacora/http';

/** Joins the Spanish (es-CO) and English text of an OpenAPI description, Spanish first. */
export function bilingual(es: string, en: string): string {
  return `${es}\n\nEN: ${en}`;
}

export function bilingualOf(text: LocalizedText): string {
  return bilingual(text.es, text.en);
}
