import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '@bitacora/http';

/** Who asked for a change and which request carried it; stored with the row and put on its events. */
export interface RequestMeta {
  /** `kind:id`, for example `agent:ag-17` or `client:crm-main`. */
  actor: string;
  requestId?: string;
  traceparent?: string;
}

export const ACTOR_PATTERN = /^[a-z][a-z_]{1,30}:[A-Za-z0-9._@:-]{1,150}$/;
const TRACEPARENT_PATTERN = /^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;

function headerOf(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];

  return Array.isArray(value) ? value[0] : value;
}

/** Builds the RequestMeta of an HTTP request; the gateway forwards `X-Actor`, which writes require. */
export function requestMetaOf(request: FastifyRequest): RequestMeta {
  const actor = headerOf(request, 'x-actor');
  if (actor === undefined || actor === '') {
    throw new DomainError('request.actor_missing', 400, {}, [{ field: 'X-Actor', code: 'field.actor' }]);
  }
  if (!ACTOR_PATTERN.test(actor)) {
    throw new DomainError('request.actor_invalid', 400, {}, [{ field: 'X-Actor', code: 'field.actor' }]);
  }

  const traceparent = headerOf(request, 'traceparent');

  return {
    actor,
    requestId: String(request.id),
    traceparent: traceparent !== undefined && TRACEPARENT_PATTERN.test(traceparent) ? traceparent : undefined,
  };
}

/** Parameter decorator that returns the RequestMeta of a write request. */
export const Meta = createParamDecorator((_data: unknown, context: ExecutionContext): RequestMeta => requestMetaOf(context.switchToHttp().getRequest<FastifyRequest>()));
