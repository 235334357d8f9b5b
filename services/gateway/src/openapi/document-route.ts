import { applyDecorators, Type } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiHeader, ApiOperation, ApiResponse, ApiSecurity, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { LocalizedText } from '@bitacora/http';
import type { Role } from '../auth/roles';
import { bilingual } from './bilingual';
import { ERROR_MEANINGS, errorStatusesOf } from './error-responses';
import { ProblemDetailsDto } from './problem-details.dto';

export const BEARER_SCHEME = 'bearer';
export const API_KEY_SCHEME = 'apiKey';

export interface RouteDocumentation {
  operationId: string;
  method: string;
  tag: string;
  summary: LocalizedText;
  description?: LocalizedText;
  roles: readonly Role[];
  response: {
    status: number;
    description: LocalizedText;
    type?: Type<object>;
    isArray?: boolean;
    otherMediaTypes?: string[];
    alternatives?: { status: number; description: LocalizedText }[];
  };
  errors: number[];
  readsDebtorData: boolean;
}

const PROBLEM_MEDIA_TYPE = 'application/problem+json';

function problemResponse(status: number) {
  const meaning = ERROR_MEANINGS[status] ?? ERROR_MEANINGS[500];
  const headers: Record<string, { description: string; schema: { type: 'integer' } }> = {};
  if (status === 429 || status === 503) {
    headers['Retry-After'] = { description: bilingual('Segundos que debe esperar antes de reintentar.', 'Seconds to wait before retrying.'), schema: { type: 'integer' } };
  }
  return ApiResponse({
    status,
    description: bilingual(meaning.es, meaning.en),
    headers,
    content: { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: getSchemaPath(ProblemDetailsDto) } } },
  });
}

function successResponses(doc: RouteDocumentation): MethodDecorator[] {
  const { response } = doc;
  return [response, ...(response.alternatives ?? [])].map((success) => successResponse(doc, success.status, success.description));
}

function successResponse(doc: RouteDocumentation, status: number, text: LocalizedText): MethodDecorator {
  const { response } = doc;
  const description = bilingual(text.es, text.en);
  const headers = doc.method === 'POST'
    ? { 'Idempotent-Replayed': { description: bilingual('"true" cuando la respuesta repite la de una solicitud anterior con la misma Idempotency-Key.', '"true" when the response repeats that of an earlier request with the same Idempotency-Key.'), schema: { type: 'string' as const, enum: ['true'] } } }
    : undefined;
  if (!response.type) {
    const content = response.otherMediaTypes ? Object.fromEntries(response.otherMediaTypes.map((mediaType) => [mediaType, { schema: { type: 'string' as const } }])) : undefined;
    return ApiResponse({ status, description, headers, content });
  }
  const schema = response.isArray
    ? { type: 'array' as const, items: { $ref: getSchemaPath(response.type) } }
    : { $ref: getSchemaPath(response.type) };
  const content: Record<string, { schema: object }> = { 'application/json': { schema } };
  for (const mediaType of response.otherMediaTypes ?? []) {
    content[mediaType] = { schema: { type: 'string' } };
  }
  return applyDecorators(ApiExtraModels(response.type), ApiResponse({ status, description, headers, content }));
}

function descriptionOf(doc: RouteDocumentation): string {
  const roles = doc.roles.join(', ');
  const es = [doc.description?.es, `Roles permitidos: ${roles}.`];
  const en = [doc.description?.en, `Allowed roles: ${roles}.`];
  if (doc.readsDebtorData) {
    es.push('Cada lectura queda registrada como evento de acceso a datos del deudor (Ley 1581 de 2012).');
    en.push('Every read is recorded as a debtor-data access event (Ley 1581 de 2012).');
  }
  return bilingual(es.filter(Boolean).join(' '), en.filter(Boolean).join(' '));
}

/** Builds the OpenAPI decorators of one route: operation, security, headers, success and every error response. */
export function documentRoute(doc: RouteDocumentation): MethodDecorator {
  const decorators = [
    ApiTags(doc.tag),
    ApiOperation({ operationId: doc.operationId, summary: `${doc.summary.es} / ${doc.summary.en}`, description: descriptionOf(doc) }),
    ApiBearerAuth(BEARER_SCHEME),
    ApiSecurity(API_KEY_SCHEME),
    ApiExtraModels(ProblemDetailsDto),
    ApiHeader({ name: 'Accept-Language', required: false, description: bilingual('es-CO (predeterminado) o en: idioma de los mensajes de error.', 'es-CO (default) or en: language of error messages.') }),
    ApiHeader({ name: 'X-Request-Id', required: false, description: bilingual('Identificador de la solicitud; se genera uno si falta y se devuelve en la respuesta.', 'Request id; one is generated when missing and returned in the response.') }),
    ...successResponses(doc),
    ...errorStatusesOf(doc.method, doc.errors).map(problemResponse),
  ];
  if (doc.method === 'POST') {
    decorators.push(
      ApiHeader({
        name: 'Idempotency-Key',
        required: true,
        description: bilingual(
          'Clave única por operación (se recomienda un UUID), de 1 a 255 caracteres ASCII visibles. Repetir la clave con el mismo cuerpo devuelve la primera respuesta.',
          'Unique key per operation (a UUID is recommended), 1 to 255 visible ASCII characters. Repeating the key with the same body returns the first response.',
        ),
        example: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a11',
      }),
    );
  }
  return applyDecorators(...decorators);
}
