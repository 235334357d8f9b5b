import type { LocalizedText } from '@bitacora/http';

/** Meaning of each error status on this API, as the OpenAPI document explains it. */
export const ERROR_MEANINGS: Record<number, LocalizedText> = {
  400: {
    es: 'Datos inválidos: `errors` nombra cada campo y cómo corregirlo. En un POST, también falta o es inválido el encabezado Idempotency-Key.',
    en: 'Invalid data: `errors` names each field and how to fix it. On a POST, the Idempotency-Key header may also be missing or invalid.',
  },
  401: {
    es: 'Faltan credenciales o no son válidas: envíe X-Api-Key, Authorization: ApiKey <clave> o Authorization: Bearer <token>.',
    en: 'Credentials are missing or invalid: send X-Api-Key, Authorization: ApiKey <key> or Authorization: Bearer <token>.',
  },
  403: { es: 'Su rol no permite esta operación; la respuesta nombra los roles que sí.', en: 'Your role does not allow this operation; the response names the roles that do.' },
  404: { es: 'El registro no existe.', en: 'The record does not exist.' },
  409: {
    es: 'Conflicto con el estado actual del registro, o una solicitud con la misma Idempotency-Key aún está en curso: reintente en unos segundos.',
    en: 'Conflict with the record’s current state, or a request with the same Idempotency-Key is still running: retry in a few seconds.',
  },
  413: { es: 'El cuerpo supera el tamaño máximo permitido.', en: 'The body exceeds the maximum allowed size.' },
  415: { es: 'Envíe el cuerpo como application/json.', en: 'Send the body as application/json.' },
  422: {
    es: 'La operación viola una regla del negocio, o la Idempotency-Key ya se usó con otro cuerpo: use una clave nueva para una solicitud distinta.',
    en: 'The operation breaks a business rule, or the Idempotency-Key was already used with another body: use a new key for a different request.',
  },
  429: { es: 'Superó el límite de solicitudes por minuto de su cliente; espere los segundos de Retry-After.', en: 'Your client’s requests-per-minute limit was exceeded; wait the seconds in Retry-After.' },
  500: { es: 'Error interno; el detalle solo trae el identificador de la solicitud para soporte.', en: 'Internal error; the detail carries only the request id for support.' },
  502: { es: 'Un servicio interno falló al responder.', en: 'An internal service failed to respond.' },
  503: {
    es: 'Un servicio interno no está disponible o su interruptor de circuito está abierto; reintente después de Retry-After segundos.',
    en: 'An internal service is unavailable or its circuit breaker is open; retry after Retry-After seconds.',
  },
  504: { es: 'Un servicio interno no respondió a tiempo y la llamada se canceló.', en: 'An internal service did not respond in time and the call was cancelled.' },
};

/**
 * Statuses every route can return: 400 for undeclared query parameters as well as invalid ones,
 * authentication and roles, the rate limit, and failures of the services behind.
 */
export const COMMON_ERRORS = [400, 401, 403, 429, 500, 502, 503, 504];

/** Statuses every route with a body can return: its size and type, conflicts and broken rules, and for POST the Idempotency-Key. */
export const BODY_ERRORS = [409, 413, 415, 422];

/** Returns every documented error status of a route, sorted. */
export function errorStatusesOf(method: string, own: number[]): number[] {
  const statuses = new Set([...COMMON_ERRORS, ...own]);
  if (method === 'POST' || method === 'PATCH') BODY_ERRORS.forEach((status) => statuses.add(status));
  return [...statuses].sort((a, b) => a - b);
}
