import type { FastifyRequest } from 'fastify';
import type { Principal } from './principal';

const principals = new WeakMap<FastifyRequest, Principal>();

export function setPrincipal(request: FastifyRequest, principal: Principal): void {
  principals.set(request, principal);
}

/** Returns the principal the auth guard attached to `request`, if it authenticated one. */
export function principalOf(request: FastifyRequest): Principal | undefined {
  return principals.get(request);
}

/** Returns the principal of a request that passed the auth guard; a missing one is a wiring bug. */
export function requirePrincipal(request: FastifyRequest): Principal {
  const principal = principals.get(request);
  if (!principal) {
    throw new Error(`no authenticated principal on ${request.method} ${request.url}: the auth guard did not run`);
  }
  return principal;
}
