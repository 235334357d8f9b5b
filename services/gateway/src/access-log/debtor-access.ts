import { uuidv7 } from 'uuidv7';
import { AccessEventTypes, CloudEvent, createEvent, DebtorDataAccessedData } from '@bitacora/contracts';
import type { Principal } from '../auth/principal';
import { actorOf } from '../auth/principal';

export const GATEWAY_EVENT_SOURCE = 'bitacora/gateway';

/** One read of debtors' data through a route: who read, what, when, and under which request. */
export interface DebtorAccess {
  principal: Principal;
  debtorIds: string[];
  accountId?: string;
  method: string;
  /** Route template, for example `/v1/debtors/:debtorId/timeline`, never the filled path. */
  route: string;
  requestId: string;
  traceparent: string;
  accessedAt: Date;
  resultCount?: number;
}

type AccessMethod = DebtorDataAccessedData['method'];
const ACCESS_METHODS: readonly AccessMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

function accessMethodOf(method: string): AccessMethod {
  const upper = method.toUpperCase();
  const found = ACCESS_METHODS.find((candidate) => candidate === upper);
  if (!found) {
    throw new Error(`HTTP method ${method} has no access-event form`);
  }
  return found;
}

/** Builds one access event per distinct debtor of `access` (co.collections.access.debtor-data-read.v1). */
export function accessEventsOf(access: DebtorAccess): CloudEvent<DebtorDataAccessedData>[] {
  const debtorIds = [...new Set(access.debtorIds)];
  return debtorIds.map((debtorId) => {
    const data: DebtorDataAccessedData = {
      accessId: uuidv7(),
      debtorId,
      principal: { kind: access.principal.kind, id: access.principal.id.slice(0, 200), roles: [...access.principal.roles] },
      method: accessMethodOf(access.method),
      route: access.route.slice(0, 300),
      requestId: access.requestId.slice(0, 200),
      accessedAt: access.accessedAt.toISOString(),
    };
    if (access.accountId !== undefined) data.accountId = access.accountId;
    if (access.resultCount !== undefined) data.resultCount = access.resultCount;

    return createEvent({
      type: AccessEventTypes.debtorDataAccessed,
      source: GATEWAY_EVENT_SOURCE,
      subject: debtorId,
      debtorId,
      actor: actorOf(access.principal),
      correlationId: access.requestId,
      traceparent: access.traceparent,
      time: access.accessedAt,
      data,
    });
  });
}
