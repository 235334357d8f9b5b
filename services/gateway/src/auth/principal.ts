import type { Role } from './roles';

/**
 * The authenticated caller of a request. `id` is the API client's name or the token's subject;
 * `rateLimitPerMinute` is the client's own limit when it has one.
 */
export interface Principal {
  kind: 'api_key' | 'jwt';
  id: string;
  roles: Role[];
  rateLimitPerMinute?: number;
}

/**
 * The `X-Actor` value sent to services and stamped on events: `client:<id>` for an API client or
 * a token that carries only the integration role (a machine), `agent:<subject>` for a person
 * signed in with a bearer token.
 */
export function actorOf(principal: Principal): string {
  const machine = principal.kind === 'api_key' || principal.roles.every((role) => role === 'integration');
  return `${machine ? 'client' : 'agent'}:${principal.id}`;
}
