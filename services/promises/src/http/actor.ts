import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '@bitacora/http';

const ACTOR_PATTERN = /^[a-z][a-z_-]{0,30}:[A-Za-z0-9._:@/-]{1,150}$/;

/** Reads who acts from the `X-Actor` header (`kind:id`, for example `agent:ag-17`); returns undefined when absent. */
export function actorOf(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value === '') {
    return undefined;
  }
  if (!ACTOR_PATTERN.test(value)) {
    throw new DomainError('request.actor_invalid', 400, { example: 'agent:ag-17' });
  }
  return value;
}

/**
 * Injects the caller's actor from `X-Actor`, which the gateway sets from the authenticated
 * principal. Commands need it to record who changed what, so a missing header is rejected.
 */
export const RequiredActor = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const request = context.switchToHttp().getRequest<FastifyRequest>();
  const actor = actorOf(request.headers['x-actor']);
  if (actor === undefined) {
    throw new DomainError('request.actor_missing', 400, { example: 'agent:ag-17' });
  }
  return actor;
});
