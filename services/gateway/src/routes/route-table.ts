import { ACCOUNT_ROUTES } from './accounts.routes';
import { ADMINISTRATION_ROUTES } from './administration.routes';
import { AUDIT_ROUTES } from './audit.routes';
import { INTERACTION_ROUTES } from './interactions.routes';
import { PREFERENCE_ROUTES } from './preferences.routes';
import { PROMISE_ROUTES } from './promises.routes';
import type { ProxyRouteDefinition } from './route-definition';

/** Every proxied route of the public API, one entry each; the timeline is composed apart. */
export const PROXY_ROUTES: readonly ProxyRouteDefinition[] = [
  ...INTERACTION_ROUTES,
  ...PREFERENCE_ROUTES,
  ...ACCOUNT_ROUTES,
  ...ADMINISTRATION_ROUTES,
  ...PROMISE_ROUTES,
  ...AUDIT_ROUTES,
];
