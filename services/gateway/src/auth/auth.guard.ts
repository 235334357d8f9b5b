import { CanActivate, ExecutionContext, Injectable, Type } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '@bitacora/http';
import { HealthController, MetricsController } from '@bitacora/runtime';
import { Authenticator } from './authenticator';
import { setPrincipal } from './request-principal';
import { isRouteId, rolesAllowedFor } from './role-matrix';
import { ROUTE_ID_METADATA } from './route-id.decorator';

/** Controllers reachable without credentials: probes and metrics scraping. */
const PUBLIC_CONTROLLERS = new Set<Type<unknown>>([HealthController, MetricsController]);

/**
 * Authenticates every request and lets it through only when one of the caller's roles is in the
 * role matrix for the handler's route. A handler without a route id is refused to everyone, so a
 * route added without a matrix entry is closed rather than open.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (PUBLIC_CONTROLLERS.has(context.getClass())) {
      return true;
    }
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();

    const principal = await this.authenticator.authenticate(request.headers).catch((error: unknown) => {
      if (error instanceof DomainError && error.status === 401) {
        void http.getResponse<FastifyReply>().header('WWW-Authenticate', 'Bearer realm="bitacora", ApiKey realm="bitacora"');
      }
      throw error;
    });
    setPrincipal(request, principal);

    const routeId: unknown = this.reflector.get(ROUTE_ID_METADATA, context.getHandler());
    const allowed = isRouteId(routeId) ? rolesAllowedFor(routeId) : [];
    if (!principal.roles.some((role) => allowed.includes(role))) {
      throw new DomainError('auth.role_not_allowed', 403, {
        roles: principal.roles.join(', ') || '-',
        allowed: allowed.join(', ') || '-',
      });
    }
    return true;
  }
}
