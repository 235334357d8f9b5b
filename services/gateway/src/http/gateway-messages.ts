import { registerMessages } from '@bitacora/http';

/** Error messages of the gateway's own problem codes, Spanish (es-CO) first. */
export function registerGatewayMessages(): void {
  registerMessages({
    'auth.missing_credentials': {
      es: 'Faltan credenciales: envíe su clave en el encabezado X-Api-Key (o Authorization: ApiKey <clave>) o un token OAuth2 en Authorization: Bearer <token>.',
      en: 'Credentials are missing: send your key in the X-Api-Key header (or Authorization: ApiKey <key>) or an OAuth2 token in Authorization: Bearer <token>.',
    },
    'auth.malformed_credentials': {
      es: 'El encabezado Authorization no es válido: use "Bearer <token>" o "ApiKey <clave>".',
      en: 'The Authorization header is invalid: use "Bearer <token>" or "ApiKey <key>".',
    },
    'auth.invalid_api_key': {
      es: 'La clave de API no es válida o fue revocada: pida una clave vigente al administrador.',
      en: 'The API key is invalid or revoked: ask the administrator for a current key.',
    },
    'auth.bearer_not_accepted': {
      es: 'Este despliegue no acepta tokens Bearer porque no tiene JWKS configurado: use una clave de API.',
      en: 'This deployment does not accept bearer tokens because no JWKS is configured: use an API key.',
    },
    'auth.invalid_token': {
      es: 'El token no es válido: revise la firma, el emisor (iss), la audiencia (aud) y el sujeto (sub), y pida uno nuevo.',
      en: 'The token is invalid: check its signature, issuer (iss), audience (aud) and subject (sub), and request a new one.',
    },
    'auth.token_expired': { es: 'El token expiró: pida uno nuevo al proveedor de identidad.', en: 'The token has expired: request a new one from the identity provider.' },
    'auth.identity_provider_unavailable': {
      es: 'No se pudieron obtener las llaves del proveedor de identidad para verificar el token; intente de nuevo en unos segundos.',
      en: 'The identity provider keys needed to verify the token could not be fetched; try again in a few seconds.',
    },
    'auth.role_not_allowed': {
      es: 'Sus roles ({roles}) no permiten esta operación; se requiere uno de: {allowed}.',
      en: 'Your roles ({roles}) do not allow this operation; it requires one of: {allowed}.',
    },
    'idempotency.key_required': {
      es: 'Falta el encabezado Idempotency-Key: envíe una clave única por operación, por ejemplo un UUID, y repítala solo al reintentar la misma solicitud.',
      en: 'The Idempotency-Key header is missing: send a unique key per operation, for example a UUID, and repeat it only when retrying the same request.',
    },
    'idempotency.key_invalid': {
      es: 'El encabezado Idempotency-Key debe tener de 1 a 255 caracteres ASCII visibles, sin espacios; use por ejemplo un UUID.',
      en: 'The Idempotency-Key header must have 1 to 255 visible ASCII characters, without spaces; use a UUID, for example.',
    },
    'idempotency.key_reused': {
      es: 'La Idempotency-Key "{key}" ya se usó con otro cuerpo o ruta: use una clave nueva para una solicitud distinta.',
      en: 'The Idempotency-Key "{key}" was already used with another body or path: use a new key for a different request.',
    },
    'idempotency.in_flight': {
      es: 'Una solicitud con la Idempotency-Key "{key}" aún está en curso: espere su respuesta o reintente en unos segundos.',
      en: 'A request with the Idempotency-Key "{key}" is still running: wait for its response or retry in a few seconds.',
    },
    'upstream.circuit_open': {
      es: 'El servicio {service} no está disponible por ahora (interruptor de circuito abierto); reintente en {retryAfterSeconds} s.',
      en: 'The {service} service is unavailable for now (circuit breaker open); retry in {retryAfterSeconds} s.',
    },
    'upstream.unavailable': {
      es: 'No se pudo conectar con el servicio {service}; reintente en {retryAfterSeconds} s.',
      en: 'The {service} service could not be reached; retry in {retryAfterSeconds} s.',
    },
    'upstream.timeout': {
      es: 'El servicio {service} no respondió en {timeoutMs} ms y la llamada se canceló; reintente con la misma Idempotency-Key si era un POST.',
      en: 'The {service} service did not respond within {timeoutMs} ms and the call was cancelled; retry with the same Idempotency-Key if it was a POST.',
    },
    'upstream.failed': {
      es: 'El servicio {service} falló al responder; si persiste, contacte a soporte con el identificador de solicitud {requestId}.',
      en: 'The {service} service failed to respond; if it persists, contact support with request id {requestId}.',
    },
    // Nest turns Fastify's body-size and media-type errors into plain HTTP exceptions, which the
    // shared filter reports under these codes.
    'field.chain_id': {
      es: 'Debe ser una cadena <tópico>:<partición>, por ejemplo collections.interactions.v1:3.',
      en: 'Must be a chain <topic>:<partition>, for example collections.interactions.v1:3.',
    },
    'field.local_time': { es: 'Debe ser una hora HH:MM de Bogotá, por ejemplo 07:00; 24:00 cierra el día.', en: 'Must be a Bogota time HH:MM, for example 07:00; 24:00 ends the day.' },
  });
}
