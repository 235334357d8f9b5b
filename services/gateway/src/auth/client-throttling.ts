import type { ExecutionContext } from '@nestjs/common';
import type { ThrottlerModuleOptions } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import type { GatewayConfig } from '../config';
import { principalOf } from './request-principal';

const MINUTE_MS = 60_000;

function requestOf(context: ExecutionContext): FastifyRequest {
  return context.switchToHttp().getRequest<FastifyRequest>();
}

/**
 * Builds one rate limit per authenticated client across every route: the client's own
 * requests-per-minute, else DEFAULT_RATE_LIMIT_PER_MINUTE. Requests without a principal (health
 * checks, metrics) are not counted. Counters live in this process's memory, so with several
 * gateway instances each one applies the limit on its own.
 */
export function throttlerOptionsFor(config: GatewayConfig): ThrottlerModuleOptions {
  return {
    throttlers: [
      {
        name: 'default',
        ttl: MINUTE_MS,
        limit: (context) => principalOf(requestOf(context))?.rateLimitPerMinute ?? config.DEFAULT_RATE_LIMIT_PER_MINUTE,
      },
    ],
    skipIf: (context) => principalOf(requestOf(context)) === undefined,
    getTracker: (request) => {
      const principal = principalOf(request as FastifyRequest);
      return principal ? `${principal.kind}:${principal.id}` : 'anonymous';
    },
    generateKey: (_context, tracker, name) => `${name}:${tracker}`,
  };
}
