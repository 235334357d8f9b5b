import type { Role } from './roles';

const FRONT_LINE: Role[] = ['agent', 'supervisor', 'integration', 'admin'];
const DEBTOR_READERS: Role[] = ['agent', 'supervisor', 'integration', 'compliance', 'admin'];
const OVERSIGHT: Role[] = ['supervisor', 'compliance', 'admin'];
const AUDITORS: Role[] = ['compliance', 'admin'];
const SUPERVISION: Role[] = ['supervisor', 'integration', 'admin'];
const PLATFORM: Role[] = ['admin'];
const EVERYONE: Role[] = ['agent', 'supervisor', 'integration', 'compliance', 'admin'];

/**
 * Who may call each route of the public API: the only place that decides it. A route whose id is
 * missing here is rejected for everyone. Agents, supervisors and integrations (a CRM or dialer
 * acting for agents) do the collection work. Supervisors also manage assignments, catalogs and
 * plan cancellations. Compliance reads every debtor's data, handles disputes and owns the audit
 * ledger. Admin runs configuration and may do everything a supervisor does.
 */
export const ROLE_MATRIX = {
  'interactions.record': FRONT_LINE,
  'interactions.get': DEBTOR_READERS,
  'interactions.amend': FRONT_LINE,
  'interactions.listByDebtor': DEBTOR_READERS,
  'interactions.listByAccount': DEBTOR_READERS,

  'contactPolicy.check': FRONT_LINE,
  'contactPolicy.rules': EVERYONE,
  'contactPolicy.getDecision': DEBTOR_READERS,
  'contactPolicy.listDecisions': DEBTOR_READERS,

  'consents.grant': FRONT_LINE,
  'consents.revoke': FRONT_LINE,
  'consents.list': DEBTOR_READERS,
  'optOuts.record': [...FRONT_LINE, 'compliance'],
  'optOuts.withdraw': FRONT_LINE,
  'optOuts.list': DEBTOR_READERS,
  'alternativeHours.authorize': FRONT_LINE,
  'alternativeHours.revoke': [...FRONT_LINE, 'compliance'],
  'alternativeHours.list': DEBTOR_READERS,
  'visitExceptions.record': SUPERVISION,
  'visitExceptions.revoke': [...SUPERVISION, 'compliance'],
  'visitExceptions.list': DEBTOR_READERS,

  'disputes.open': [...FRONT_LINE, 'compliance'],
  'disputes.close': OVERSIGHT,
  'disputes.list': DEBTOR_READERS,

  'accounts.withoutNextAction': SUPERVISION,
  'accounts.get': DEBTOR_READERS,
  'assignments.assign': SUPERVISION,
  'assignments.list': DEBTOR_READERS,
  'nextActions.schedule': FRONT_LINE,
  'nextActions.list': DEBTOR_READERS,

  'outcomeCodes.list': EVERYONE,
  'outcomeCodes.define': SUPERVISION,
  'outcomeCodes.change': SUPERVISION,
  'holidays.list': EVERYONE,
  'holidayOverrides.list': EVERYONE,
  'holidayOverrides.record': PLATFORM,

  'promises.create': FRONT_LINE,
  'promises.list': DEBTOR_READERS,
  'promises.get': DEBTOR_READERS,
  'promises.cancel': FRONT_LINE,
  'plans.create': FRONT_LINE,
  'plans.list': DEBTOR_READERS,
  'plans.get': DEBTOR_READERS,
  'plans.cancel': SUPERVISION,
  'payments.listByAccount': DEBTOR_READERS,
  'kpis.promises': OVERSIGHT,
  'kpis.contacts': OVERSIGHT,

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
