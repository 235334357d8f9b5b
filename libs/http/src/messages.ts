/** A user-facing message in both languages the platform speaks: Spanish (es-CO) first, English second. */
export interface LocalizedText {
  es: string;
  en: string;
}

export type Language = 'es' | 'en';

const catalog = new Map<string, LocalizedText>();

/**
 * Adds error codes and their messages. Messages may contain `{name}` placeholders filled from
 * the error's params. Each service registers its own codes at startup.
 */
export function registerMessages(messages: Record<string, LocalizedText>): void {
  for (const [code, text] of Object.entries(messages)) {
    catalog.set(code, text);
  }
}

export function translate(code: string, language: Language, params: Record<string, unknown> = {}): string {
  const text = catalog.get(code);
  if (!text) {
    return code;
  }
  return text[language].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Picks English only when the caller prefers it; Spanish (es-CO) is the default. */
export function languageOf(acceptLanguage: string | string[] | undefined): Language {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : (acceptLanguage ?? '');
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...options] = part.trim().toLowerCase().split(';');
      const quality = options.map((option) => option.trim()).find((option) => option.startsWith('q='));
      return { tag, q: quality ? Number(quality.slice(2)) : 1 };
    })
    .filter((entry) => entry.tag && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q);
  for (const entry of ranked) {
    if (entry.tag.startsWith('es')) return 'es';
    if (entry.tag.startsWith('en')) return 'en';
  }
  return 'es';
}

registerMessages({
  'request.invalid': { es: 'La solicitud tiene datos inválidos.', en: 'The request has invalid data.' },
  'request.body_too_large': { es: 'El cuerpo de la solicitud supera el tamaño máximo de {limit} bytes.', en: 'The request body exceeds the maximum size of {limit} bytes.' },
  'request.unsupported_media_type': { es: 'Tipo de contenido no soportado: envíe application/json.', en: 'Unsupported content type: send application/json.' },
  'request.malformed_json': { es: 'El cuerpo no es JSON válido: {detail}.', en: 'The body is not valid JSON: {detail}.' },
  'request.path_too_long': { es: 'Un segmento de la ruta es demasiado largo; revise los identificadores.', en: 'A path segment is too long; check the ids.' },
  'request.bad_url': { es: 'La ruta tiene una codificación por porcentaje inválida.', en: 'The path has invalid percent-encoding.' },
  'request.not_found': { es: 'No existe la ruta {method} {path}.', en: 'There is no route {method} {path}.' },
  'database.unavailable': {
    es: 'La base de datos no está disponible por el momento; reintente en {retryAfterSeconds} s con la misma Idempotency-Key.',
    en: 'The database is unavailable for the moment; retry in {retryAfterSeconds} s with the same Idempotency-Key.',
  },
  'internal.error': {
    es: 'Ocurrió un error interno. Si persiste, contacte a soporte con el identificador de solicitud {requestId}.',
    en: 'An internal error occurred. If it persists, contact support with request id {requestId}.',
  },
  'field.unknown': { es: 'El campo no está permitido; elimínelo.', en: 'This field is not allowed; remove it.' },
  'field.required': { es: 'El campo es obligatorio.', en: 'This field is required.' },
  'field.string': { es: 'Debe ser un texto.', en: 'Must be a string.' },
  'field.uuid': { es: 'Debe ser un UUID, por ejemplo 0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a11.', en: 'Must be a UUID, for example 0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a11.' },
  'field.one_of': { es: 'Debe ser uno de: {allowed}.', en: 'Must be one of: {allowed}.' },
  'field.integer': { es: 'Debe ser un número entero.', en: 'Must be an integer.' },
  'field.boolean': { es: 'Debe ser true o false.', en: 'Must be true or false.' },
  'field.min': { es: 'Debe ser al menos {min}.', en: 'Must be at least {min}.' },
  'field.max': { es: 'Debe ser como máximo {max}.', en: 'Must be at most {max}.' },
  'field.max_length': { es: 'Debe tener como máximo {max} caracteres.', en: 'Must be at most {max} characters long.' },
  'field.min_length': { es: 'Debe tener al menos {min} caracteres.', en: 'Must be at least {min} characters long.' },
  'field.instant': { es: 'Debe ser una fecha y hora ISO 8601 con zona horaria, por ejemplo 2026-03-10T10:30:00-05:00.', en: 'Must be an ISO 8601 date-time with a time zone, for example 2026-03-10T10:30:00-05:00.' },
  'field.date': { es: 'Debe ser una fecha AAAA-MM-DD, por ejemplo 2026-03-13.', en: 'Must be a date YYYY-MM-DD, for example 2026-03-13.' },
  'field.amount': { es: 'Debe ser un valor decimal positivo en texto, por ejemplo "150000.00".', en: 'Must be a positive decimal string, for example "150000.00".' },
  'field.currency': { es: 'Debe ser un código de moneda ISO 4217, por ejemplo COP.', en: 'Must be an ISO 4217 currency code, for example COP.' },
  'field.array': { es: 'Debe ser una lista.', en: 'Must be a list.' },
  'field.array_max': { es: 'Debe tener como máximo {max} elementos.', en: 'Must have at most {max} items.' },
  'field.array_min': { es: 'Debe tener al menos {min} elementos.', en: 'Must have at least {min} items.' },
  'field.object': { es: 'Debe ser un objeto.', en: 'Must be an object.' },
  'field.pattern': { es: 'No tiene el formato esperado.', en: 'Does not have the expected format.' },
  'field.invalid': { es: 'El valor no es válido.', en: 'The value is invalid.' },
  'field.control_character': { es: 'El texto no puede contener el carácter nulo (U+0000).', en: 'The text cannot contain the null character (U+0000).' },
  'field.malformed_text': { es: 'El texto tiene caracteres UTF-16 sueltos que no forman Unicode válido.', en: 'The text has lone UTF-16 surrogates that are not valid Unicode.' },
  'field.too_deep': { es: 'El cuerpo anida objetos o listas a más de {max} niveles.', en: 'The body nests objects or lists more than {max} levels deep.' },
});

registerMessages({
  'http.400': { es: 'La solicitud está mal formada: envíe un cuerpo JSON válido.', en: 'The request is malformed: send a valid JSON body.' },
  'http.401': { es: 'Se requieren credenciales válidas.', en: 'Valid credentials are required.' },
  'http.403': { es: 'No tiene permiso para esta operación.', en: 'You are not allowed to perform this operation.' },
  'http.405': { es: 'Método no permitido en esta ruta.', en: 'Method not allowed on this route.' },
  'http.415': { es: 'Tipo de contenido no soportado: envíe application/json.', en: 'Unsupported content type: send application/json.' },
  'http.413': {
    es: 'El cuerpo de la solicitud supera el tamaño máximo permitido; envíe menos datos o divida la operación.',
    en: 'The request body exceeds the maximum allowed size; send less data or split the operation.',
  },
  'http.429': { es: 'Demasiadas solicitudes; espere e intente de nuevo.', en: 'Too many requests; wait and try again.' },
});

// Codes that more than one service uses: the X-Actor header, bank ids, codes, cursors and periods.
registerMessages({
  'request.actor_missing': {
    es: 'Falta el encabezado X-Actor que identifica quién hace el cambio, por ejemplo agent:ag-17.',
    en: 'The X-Actor header that names who makes the change is missing, for example agent:ag-17.',
  },
  'request.actor_invalid': {
    es: 'El encabezado X-Actor debe tener la forma tipo:id, por ejemplo agent:ag-17 o client:crm-main.',
    en: 'The X-Actor header must be kind:id, for example agent:ag-17 or client:crm-main.',
  },
  'field.bank_id': {
    es: 'Debe ser un identificador de 1 a 64 caracteres: letras, dígitos y . _ : / -, por ejemplo CC-1020304050.',
    en: 'Must be an id of 1 to 64 characters: letters, digits and . _ : / -, for example CC-1020304050.',
  },
  'field.code': { es: 'Debe ser un código en mayúsculas, por ejemplo PROMISE_TO_PAY.', en: 'Must be an upper-case code, for example PROMISE_TO_PAY.' },
  'field.cursor': {
    es: 'El cursor no es válido: use el valor nextCursor de la página anterior, sin cambios.',
    en: 'The cursor is invalid: use the nextCursor value of the previous page, unchanged.',
  },
  'field.date_range': { es: 'La fecha final no puede ser anterior a la inicial.', en: 'The end date cannot be before the start date.' },
  'field.period_too_long': { es: 'El periodo puede abarcar como máximo {maxDays} días.', en: 'The period may span at most {maxDays} days.' },
});
