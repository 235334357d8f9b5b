import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isTransientDatabaseError } from '@bitacora/persistence';
import { DomainError } from './errors';
import { Language, languageOf, translate } from './messages';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** Seconds a client should wait after a database outage or timeout (Retry-After). */
const DATABASE_RETRY_AFTER_SECONDS = 2;

/** RFC 9457 problem details, with the platform's `code`, `requestId` and field list. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  requestId: string;
  errors?: { field: string; code: string; message: string }[];
}

const TITLES: Record<number, { es: string; en: string }> = {
  400: { es: 'Solicitud inválida', en: 'Bad request' },
  401: { es: 'No autenticado', en: 'Unauthorized' },
  403: { es: 'Prohibido', en: 'Forbidden' },
  404: { es: 'No encontrado', en: 'Not found' },
  405: { es: 'Método no permitido', en: 'Method not allowed' },
  409: { es: 'Conflicto', en: 'Conflict' },
  413: { es: 'Contenido demasiado grande', en: 'Content too large' },
  414: { es: 'URI demasiado larga', en: 'URI too long' },
  415: { es: 'Tipo de contenido no soportado', en: 'Unsupported media type' },
  422: { es: 'No procesable', en: 'Unprocessable content' },
  429: { es: 'Demasiadas solicitudes', en: 'Too many requests' },
  500: { es: 'Error interno', en: 'Internal server error' },
  502: { es: 'Respuesta inválida de un servicio interno', en: 'Bad gateway' },
  503: { es: 'Servicio no disponible', en: 'Service unavailable' },
  504: { es: 'Tiempo de espera agotado', en: 'Gateway timeout' },
};

export function buildProblem(error: DomainError, language: Language, request: { url: string; id: string }): ProblemDetails {
  const title = TITLES[error.status] ?? TITLES[error.status >= 500 ? 500 : 400];
  const problem: ProblemDetails = {
    type: `https://bitacora.dev/problems/${error.code.replace(/\./g, '-')}`,
    title: title[language],
    status: error.status,
    detail: translate(error.code, language, { ...error.params, requestId: request.id }),
    instance: request.url,
    code: error.code,
    requestId: request.id,
  };
  if (error.fields.length > 0) {
    problem.errors = error.fields.map((field) => ({ field: field.field, code: field.code, message: translate(field.code, language, field.params) }));
  }
  return problem;
}

/** Maps Fastify's own request errors (body too large, bad JSON, wrong content type) to domain codes. */
function fromFrameworkError(error: unknown, request: FastifyRequest): DomainError | undefined {
  const code = (error as { code?: string }).code;
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new DomainError('request.body_too_large', 413, { limit: request.routeOptions?.bodyLimit ?? '' });
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || code === 'FST_ERR_CTP_INVALID_CONTENT_LENGTH') return new DomainError('request.unsupported_media_type', 415);
  if (code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return new DomainError('request.malformed_json', 400, { detail: 'empty body' });
  if (error instanceof SyntaxError || code === 'FST_ERR_CTP_INVALID_JSON_BODY') return new DomainError('request.malformed_json', 400, { detail: (error as Error).message.slice(0, 120) });
  return undefined;
}

/**
 * Turns every error into an RFC 9457 response in the caller's language. Unknown errors become a
 * generic 500 that names only the request id; their details go to the log, never to the client.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<FastifyRequest>();
    const reply = context.getResponse<FastifyReply>();
    const language = languageOf(request.headers['accept-language']);

    const error = this.toDomainError(exception, request);
    const problem = buildProblem(error, language, { url: request.url, id: String(request.id) });
    if (error.status === 503 && typeof error.params.retryAfterSeconds === 'number') {
      void reply.header('Retry-After', String(error.params.retryAfterSeconds));
    }
    void reply.status(error.status).header('Content-Type', PROBLEM_CONTENT_TYPE).header('Content-Language', language === 'es' ? 'es-CO' : 'en').send(problem);
  }

  private toDomainError(exception: unknown, request: FastifyRequest): DomainError {
    if (exception instanceof DomainError) {
      return exception;
    }
    const framework = fromFrameworkError(exception, request);
    if (framework) {
      return framework;
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status === 404) return new DomainError('request.not_found', 404, { method: request.method, path: request.url.split('?')[0] });
      if (status < 500) return new DomainError(`http.${status}`, status);
    }
    if (isTransientDatabaseError(exception)) {
      // The request's transaction rolled back, so a retry with the same key is safe.
      this.logger.warn({ err: exception, requestId: request.id, method: request.method, url: request.url }, 'database unavailable; responded 503');
      return new DomainError('database.unavailable', 503, { retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS });
    }
    this.logger.error({ err: exception, requestId: request.id, method: request.method, url: request.url }, 'unhandled error');
    return new DomainError('internal.error', 500);
  }
}
