import { AUDIT_ROUTES } from './audit.routes';
import { INTERACTION_ROUTES } from './interactions.routes';
import type { ProxyRouteDefinition } from './route-definition';

/** Every proxied route of the public API, one entry each. */
export const PROXY_ROUTES: readonly ProxyRouteDefinition[] = [...INTERACTION_ROUTES, ...AUDIT_ROUTES];
