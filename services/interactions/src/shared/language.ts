import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Language, languageOf } from '@bitacora/http';

/** Parameter decorator that returns the caller's language from Accept-Language (Spanish by default). */
export const RequestLanguage = createParamDecorator((_data: unknown, context: ExecutionContext): Language =>
  languageOf(context.switchToHttp().getRequest<FastifyRequest>().headers['accept-language']),
);
