import type { Role } from './roles';

const FRONT_LINE: Role[] = ['agent', 'supervisor', 'integration', 'admin'];
const DEBTOR_READERS: Role[] = ['agent', 'supervisor', 'integration', 'compliance', 'admin'];
const OVERSIGHT: Role[] = ['supervisor', 'compliance', 'admin'];
const AUDITORS: Role[] = ['compliance', 'admin'];
const CONFIGURATION: Role[] = ['supervisor', 'admin'];
const PLATFORM: Role[] = ['admin'];
const EVERYONE: Role[] = ['agent', 'supervisor', 'integration', 'compliance', 'admin'];

/**
 * Who may call each route of the public API: the only place that decides it. A route whose id is
 * missing here is refused to everyone. Agents, supervisors and integrations (a CRM or dialer
 * acting for agents) do the collection work; compliance reads everything and owns the audit
 * ledger; admin runs configuration and may do everything a supervisor does.
 */
export const ROLE_MATRIX = {
  'interactions.record': FRONT_LINE,
  'interactions.get': DEBTOR_READERS,
  'interactions.amend': FRONT_LINE,
  'interactions.listByDebtor': DEBTOR_READERS,

  'contactPolicy.check': FRONT_LINE,

  'consents.grant': FRONT_LINE,
  'consents.revoke': FRONT_LINE,
  'consents.listByDebtor': DEBTOR_READERS,
  'optOuts.record': [...FRONT_LINE, 'compliance'],
  'optOuts.withdraw': FRONT_LINE,
  'optOuts.listByDebtor': DEBTOR_READERS,
  'alternativeHours.grant': FRONT_LINE,
  'alternativeHours.revoke': [...FRONT_LINE, 'compliance'],
  'alternativeHours.listByDebtor': DEBTOR_READERS,

  'disputes.open': [...FRONT_LINE, 'compliance'],
  'disputes.resolve': OVERSIGHT,
  'disputes.listByDebtor': DEBTOR_READERS,

  'assignments.assign': CONFIGURATION,
  'assignments.listByDebtor': DEBTOR_READERS,
  'outcomeCodes.list': EVERYONE,
  'outcomeCodes.upsert': CONFIGURATION,
  'holidays.list': EVERYONE,
  'holidayOverrides.list': EVERYONE,
  'holidayOverrides.create': PLATFORM,

  'promises.create': FRONT_LINE,
  'promises.get': DEBTOR_READERS,
  'promises.cancel': FRONT_LINE,
  'promises.listByDebtor': DEBTOR_READERS,
  'promises.listDue': ['agent', 'supervisor', 'integration', 'admin'],
  'plans.create': FRONT_LINE,
  'plans.get': DEBTOR_READERS,
  'plans.cancel': ['supervisor', 'integration', 'admin'],
  'plans.listByDebtor': DEBTOR_READERS,
  'payments.listByAccount': DEBTOR_READERS,
  'allocations.listByAccount': DEBTOR_READERS,
  'kpis.promises': OVERSIGHT,

  'timeline.get': DEBTOR_READERS,

  'audit.query': AUDITORS,
  'audit.export': AUDITORS,
  'audit.verify': AUDITORS,
  'audit.publicKey': EVERYONE,
  'audit.chains': AUDITORS,
  'audit.checkpoints': AUDITORS,
  'audit.retention': AUDITORS,
  'audit.purgeCheck': AUDITORS,
  'legalHolds.list': AUDITORS,
  'legalHolds.place': AUDITORS,
  'legalHolds.release': AUDITORS,
} as const satisfies Record<string, readonly Role[]>;

export type RouteId = keyof typeof ROLE_MATRIX;

export const ROUTE_IDS = Object.keys(ROLE_MATRIX) as RouteId[];

export function isRouteId(value: unknown): value is RouteId {
  return typeof value === 'string' && Object.hasOwn(ROLE_MATRIX, value);
}

export function rolesAllowedFor(id: RouteId): readonly Role[] {
  return ROLE_MATRIX[id];
}
