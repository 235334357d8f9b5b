import { FakeAnswer, FakeUpstream, ReceivedRequest } from './fake-upstream';
import * as records from './sample-records';

/** The debtor history the fakes hold, newest first within each list as the services return it. */
export interface FakeHistory {
  interactions: ReturnType<typeof records.interaction>[];
  policyDecisions: ReturnType<typeof records.policyDecision>[];
  promises: ReturnType<typeof records.promise>[];
  plans: ReturnType<typeof records.plan>[];
  payments: Record<string, ReturnType<typeof records.payment>[]>;
}

export function emptyHistory(): FakeHistory {
  return { interactions: [], policyDecisions: [], promises: [], plans: [], payments: {} };
}

/**
 * Pages `items` the way the services do: `limit` and an opaque `cursor`. The interactions service
 * returns `nextCursor: null` on the last page; the promises service leaves it out.
 */
function paged<T>(items: T[], request: ReceivedRequest, lastPage: 'null' | 'absent'): FakeAnswer {
  const limit = Number(request.query.get('limit') ?? '50');
  const offset = request.query.has('cursor') ? Number(Buffer.from(request.query.get('cursor') ?? '', 'base64url').toString('utf8')) : 0;
  const page = items.slice(offset, offset + limit);
  const next = offset + limit < items.length ? Buffer.from(String(offset + limit), 'utf8').toString('base64url') : null;
  const body: Record<string, unknown> = { items: page };
  if (next !== null || lastPage === 'null') body.nextCursor = next;
  return { status: 200, body };
}

/** Keeps the items dated strictly before the request's `to`, as the services' upper bound does. */
function before<T extends object>(items: T[], request: ReceivedRequest, field: keyof T): T[] {
  const to = request.query.get('to');
  return to === null ? items : items.filter((item) => Date.parse(String(item[field])) < Date.parse(to));
}

/** The amendments of `interactions`, newest first, each naming its interaction, as the debtor's list of amendments returns them. */
function amendmentsOf(interactions: ReturnType<typeof records.interaction>[]): { amendmentId: string; amendedAt: string; interactionId: string }[] {
  return interactions
    .flatMap((item) => ((item as { amendments?: { amendmentId: string; amendedAt: string }[] }).amendments ?? []).map((amendment) => ({ ...amendment, interactionId: item.interactionId })))
    .sort((a, b) => Date.parse(b.amendedAt) - Date.parse(a.amendedAt) || (a.amendmentId < b.amendmentId ? 1 : -1));
}

const ok = (body: unknown): FakeAnswer => ({ status: 200, body });
const created = (body: unknown): FakeAnswer => ({ status: 201, body });

/** Fakes of the three internal services that respond to every route the gateway forwards to, as the services do. */
export class FakeServices {
  readonly interactions = new FakeUpstream();
  readonly promises = new FakeUpstream();
  readonly audit = new FakeUpstream();
  history: FakeHistory = emptyHistory();

  async start(): Promise<this> {
    await Promise.all([this.interactions.start(), this.promises.start(), this.audit.start()]);
    this.reset();
    return this;
  }

  /** Restores every route to its standard response, empties the history and clears the requests received. */
  reset(): void {
    this.history = emptyHistory();
    for (const fake of [this.interactions, this.promises, this.audit]) fake.reset();
    this.routeInteractions();
    this.routePromises();
    this.routeAudit();
  }

  async stop(): Promise<void> {
    await Promise.all([this.interactions.stop(), this.promises.stop(), this.audit.stop()]);
  }

  get env(): Record<string, string> {
    return { UPSTREAM_INTERACTIONS_URL: this.interactions.url, UPSTREAM_PROMISES_URL: this.promises.url, UPSTREAM_AUDIT_URL: this.audit.url };
  }

  private routeInteractions(): void {
    const fake = this.interactions;
    const { interaction, policyDecision, preference } = records;
    fake.on('POST', '/v1/interactions', (request) => created({ ...interaction(1, '2026-03-10T10:30:00.000-05:00'), ...(request.body as object), amended: false, amendments: [], original: null }));
    fake.on('GET', '/v1/interactions/:interactionId', (_request, params) => ok(interaction(1, '2026-03-10T10:30:00.000-05:00', { interactionId: params.interactionId })));
    fake.on('POST', '/v1/interactions/:interactionId/amendments', (_request, params) =>
      created(interaction(1, '2026-03-10T10:30:00.000-05:00', { interactionId: params.interactionId, amended: true, amendments: [records.amendment(1, '2026-03-10T16:00:00.000Z')], original: { outcomeCode: 'PROMISE_TO_PAY', notes: null, durationSeconds: 245, recordingReference: null, rightPartyContact: true } })),
    );
    fake.on('GET', '/v1/debtors/:debtorId/interactions', (request) => paged(before(this.history.interactions, request, 'occurredAt'), request, 'null'));
    fake.on('GET', '/v1/debtors/:debtorId/amendments', (request) => paged(before(amendmentsOf(this.history.interactions), request, 'amendedAt'), request, 'null'));
    fake.on('GET', '/v1/debtors/:debtorId/accounts', () => ok({ accountIds: [...new Set(this.history.interactions.flatMap((item) => item.accountIds))].sort() }));
    fake.on('GET', '/v1/accounts/:accountId/interactions', (request) => paged(this.history.interactions, request, 'null'));
    fake.on('POST', '/v1/contact-policy/checks', (request) => ok(policyDecision(1, '2026-03-10T15:30:00.000Z', (request.body as { debtorId: string }).debtorId)));
    fake.on('GET', '/v1/contact-policy/rules', () => ok({ rules: [{ ruleId: 'contact_window', version: 1, legalSource: 'Ley 2300 de 2023, art. 3' }], nextAllowedSearchDays: 14 }));
    fake.on('GET', '/v1/contact-policy/decisions/:decisionId', (_request, params) => ok({ ...policyDecision(1, '2026-03-10T15:30:00.000Z'), decisionId: params.decisionId }));
    fake.on('GET', '/v1/debtors/:debtorId/policy-decisions', (request) => paged(before(this.history.policyDecisions, request, 'decidedAt'), request, 'null'));

    for (const [segment, extra] of [
      ['consents', { channel: 'whatsapp' }],
      ['opt-outs', { channel: null, reason: null }],
      ['alternative-hours', { validUntil: null, windows: [{ weekdays: [1, 2, 3, 4, 5], start: '19:00', end: '21:00', includesPublicHolidays: false }] }],
      ['visit-exceptions', { kind: 'microcredit', accountId: null }],
    ] as const) {
      fake.on('POST', `/v1/debtors/:debtorId/${segment}`, () => created(preference(1, extra)));
      fake.on('POST', `/v1/${segment}/:id/revocation`, (_request, params) => ok(preference(1, { ...extra, id: params.id, active: false, revokedAt: '2026-03-10T15:00:00.000Z', revocationReason: 'retirada', revokedBy: 'agent:ag-17' })));
      fake.on('GET', `/v1/debtors/:debtorId/${segment}`, () => ok({ items: [preference(1, extra)] }));
    }

    fake.on('POST', '/v1/debtors/:debtorId/disputes', () => created(records.dispute(1)));
    fake.on('POST', '/v1/disputes/:disputeId/closure', (_request, params) => ok({ ...records.dispute(1), disputeId: params.disputeId, closedAt: '2026-03-20T15:00:00.000Z', resolution: 'rejected', closedBy: 'agent:sup-2' }));
    fake.on('GET', '/v1/debtors/:debtorId/disputes', () => ok({ items: [records.dispute(1)] }));
    fake.on('GET', '/v1/accounts/:accountId', (_request, params) => ok(records.accountState(params.accountId)));
    // Registered after the parameter route so that it wins, as a static route does in Fastify.
    fake.on('GET', '/v1/accounts/without-next-action', () => ok({ items: [records.accountState()], nextCursor: null }));
    fake.on('POST', '/v1/accounts/:accountId/assignments', (_request, params) => created(records.assignment(params.accountId)));
    fake.on('GET', '/v1/accounts/:accountId/assignments', (_request, params) => ok({ items: [records.assignment(params.accountId)] }));
    fake.on('POST', '/v1/accounts/:accountId/next-actions', (_request, params) => created(records.nextAction(params.accountId)));
    fake.on('GET', '/v1/accounts/:accountId/next-actions', (_request, params) => ok({ items: [records.nextAction(params.accountId)] }));
    fake.on('GET', '/v1/outcome-codes', () => ok({ items: [records.outcomeCode()] }));
    fake.on('POST', '/v1/outcome-codes', (request) => created({ ...records.outcomeCode((request.body as { code: string }).code), builtIn: false }));
    fake.on('PATCH', '/v1/outcome-codes/:code', (_request, params) => ok({ ...records.outcomeCode(params.code), version: 2 }));
    fake.on('GET', '/v1/holidays', (request) => ok({ year: Number(request.query.get('year')), holidays: [{ date: '2026-01-01', names: ['Año Nuevo'] }] }));
    fake.on('GET', '/v1/holidays/overrides', () => ok({ items: [records.holidayOverride()] }));
    fake.on('POST', '/v1/holidays/overrides', () => created(records.holidayOverride()));
    fake.on('GET', '/v1/kpis/contacts', () => ok(records.contactKpiReport()));
  }

  private routePromises(): void {
    const fake = this.promises;
    const byDebtor = <T extends { debtorId: string }>(items: T[], request: ReceivedRequest) => items.filter((item) => !request.query.has('debtorId') || item.debtorId === request.query.get('debtorId'));
    fake.on('POST', '/internal/v1/promises', (request) => created(records.promise(1, '2026-03-10T15:34:06.000Z', { ...(request.body as object) })));
    fake.on('GET', '/internal/v1/promises', (request) => paged(byDebtor(this.history.promises, request).map(({ allocations: _allocations, ...rest }) => rest), request, 'absent'));
    fake.on('GET', '/internal/v1/promises/:promiseId', (_request, params) => ok(records.promise(1, '2026-03-10T15:34:06.000Z', { promiseId: params.promiseId })));
    fake.on('POST', '/internal/v1/promises/:promiseId/cancel', (request, params) =>
      ok(records.promise(1, '2026-03-10T15:34:06.000Z', { promiseId: params.promiseId, status: 'CANCELLED', resolvedAt: '2026-03-11T15:00:00.000Z', cancellationReason: (request.body as { reason: string }).reason })),
    );
    fake.on('POST', '/internal/v1/payment-plans', () => created(records.plan(1, '2026-03-10T15:34:06.000Z')));
    fake.on('GET', '/internal/v1/payment-plans', (request) => paged(byDebtor(this.history.plans, request), request, 'absent'));
    fake.on('GET', '/internal/v1/payment-plans/:planId', (_request, params) => ok(records.plan(1, '2026-03-10T15:34:06.000Z', { planId: params.planId })));
    fake.on('POST', '/internal/v1/payment-plans/:planId/cancel', (request, params) =>
      ok(records.plan(1, '2026-03-10T15:34:06.000Z', { planId: params.planId, status: 'CANCELLED', resolvedAt: '2026-03-11T15:00:00.000Z', cancellationReason: (request.body as { reason: string }).reason })),
    );
    fake.on('GET', '/internal/v1/accounts/:accountId/payments', (request, params) => paged(before(this.history.payments[params.accountId] ?? [], request, 'paidAt'), request, 'absent'));
    fake.on('GET', '/internal/v1/kpis/promises', () => ok(records.kpiReport()));
  }

  private routeAudit(): void {
    const fake = this.audit;
    fake.on('GET', '/v1/ledger/records', (request) => ok({ items: [records.ledgerRecord(1, request.query.get('debtorId') ?? records.DEBTOR)], nextCursor: null }));
    fake.on('GET', '/v1/ledger/debtors/:debtorId/export', (request, params) =>
      request.query.get('format') === 'csv'
        ? { status: 200, contentType: 'text/csv; charset=utf-8', body: `record_type,chain_id,debtor_id\r\nrecord,collections.interactions.v1:0,${params.debtorId}\r\n` }
        : { status: 200, contentType: 'application/x-ndjson; charset=utf-8', body: `${JSON.stringify({ recordType: 'record', ...records.ledgerRecord(1, params.debtorId) })}\n` },
    );
    fake.on('POST', '/v1/ledger/verifications', () => ok(records.verificationReport()));
    fake.on('GET', '/v1/ledger/public-key', () => ok({ algorithm: 'Ed25519', keyId: 'kid-1', publicKey: 'MCowBQYDK2VwAyEA', publicKeyPem: '-----BEGIN PUBLIC KEY-----\n-----END PUBLIC KEY-----\n', previousKeys: [] }));
    fake.on('GET', '/v1/ledger/chains', () => ok({ chains: [{ chainId: 'collections.interactions.v1:0', sequence: 42, hash: 'a'.repeat(64), recordedAt: '2026-03-10T15:30:01.000Z' }] }));
    fake.on('GET', '/v1/ledger/checkpoints', () => ok({ items: [{ checkpointSequence: 1, createdAt: '2026-03-10T15:31:00.000Z', keyId: 'kid-1', heads: [{ chainId: 'collections.interactions.v1:0', sequence: 42, hash: 'a'.repeat(64) }], signature: 'c2ln' }], nextAfter: null }));
    fake.on('GET', '/v1/ledger/retention', () => ok({ retentionYears: 10, partitions: [records.purgeDecision()] }));
    fake.on('GET', '/v1/ledger/retention/partitions/:partition/purge-check', (_request, params) => ok(records.purgeDecision(params.partition)));
    fake.on('GET', '/v1/legal-holds', () => ok({ items: [records.legalHold()] }));
    fake.on('POST', '/v1/legal-holds', (request) => created(records.legalHold((request.body as { debtorId: string }).debtorId, (request.body as { placedBy: string }).placedBy)));
    fake.on('POST', '/v1/legal-holds/:holdId/release', (request, params) => {
      const body = request.body as { releasedBy: string; reason: string };
      return ok({ ...records.legalHold(), holdId: params.holdId, active: false, releasedBy: body.releasedBy, releaseReason: body.reason, releasedAt: '2026-03-20T15:00:00.000Z' });
    });
  }
}
