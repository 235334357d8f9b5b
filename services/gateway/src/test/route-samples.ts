import { TIMELINE_ROUTE } from '../timeline/timeline.service';
import { PROXY_ROUTES } from '../routes/route-table';
import type { RouteId } from '../auth/role-matrix';

export interface PublicRoute {
  id: RouteId;
  method: string;
  path: string;
}

/** Every route of the public API: the route table plus the composed timeline. */
export const PUBLIC_ROUTES: PublicRoute[] = [
  ...PROXY_ROUTES.map((route) => ({ id: route.id, method: route.method, path: route.path })),
  { id: 'timeline.get', method: 'GET', path: TIMELINE_ROUTE },
];

const SAMPLE_PARAMS: Record<string, string> = {
  debtorId: 'CC-1020304050',
  accountId: 'CRED-0042-7781',
  partition: 'ledger_records_p202603',
  code: 'PROMISE_TO_PAY',
};

export const SAMPLE_UUID = '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a11';

/** Builds a concrete URL of a route template, with a valid sample for each path parameter. */
export function sampleUrlOf(path: string): string {
  return path.replace(/:(\w+)/g, (_whole, name: string) => encodeURIComponent(SAMPLE_PARAMS[name] ?? SAMPLE_UUID));
}
