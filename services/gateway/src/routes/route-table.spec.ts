import { ROLE_MATRIX, ROUTE_IDS } from '../auth/role-matrix';
import { ROLES } from '../auth/roles';
import { TIMELINE_ROUTE } from '../timeline/timeline.service';
import { PROXY_ROUTES } from './route-table';

describe('route table and role matrix', () => {
  const routeIds = [...PROXY_ROUTES.map((route) => route.id), 'timeline.get'];

  it('gives every matrix entry a route, and every route one entry', () => {
    expect([...routeIds].sort()).toEqual([...ROUTE_IDS].sort());
  });

  it('declares each method and path once', () => {
    const keys = [...PROXY_ROUTES.map((route) => `${route.method} ${route.path}`), `GET ${TIMELINE_ROUTE}`];

    expect(new Set(keys).size).toBe(keys.length);
  });

  it('allows at least one role and only known roles on every route', () => {
    for (const [id, roles] of Object.entries(ROLE_MATRIX)) {
      expect({ id, empty: roles.length === 0 }).toEqual({ id, empty: false });
      expect(roles.every((role) => (ROLES as readonly string[]).includes(role))).toBe(true);
    }
  });

  it('fills every upstream path parameter from a declared path parameter', () => {
    for (const route of PROXY_ROUTES) {
      const publicNames = [...route.path.matchAll(/:(\w+)/g)].map((match) => match[1]);
      const upstreamNames = [...route.upstreamPath.matchAll(/:(\w+)/g)].map((match) => match[1]);

      expect({ id: route.id, missing: upstreamNames.filter((name) => !publicNames.includes(name)) }).toEqual({ id: route.id, missing: [] });
      expect({ id: route.id, params: publicNames.length > 0 ? route.params !== undefined : true }).toEqual({ id: route.id, params: true });
    }
  });

  it('puts every route under /v1', () => {
    expect(PROXY_ROUTES.filter((route) => !route.path.startsWith('/v1/')).map((route) => route.id)).toEqual([]);
  });

  it('records the access of every route that returns a debtor-scoped read', () => {
    const debtorScopedReads = PROXY_ROUTES.filter((route) => route.method === 'GET' && /:debtorId/.test(route.path));

    expect(debtorScopedReads.filter((route) => route.debtorRead === undefined).map((route) => route.id)).toEqual([]);
  });
});
