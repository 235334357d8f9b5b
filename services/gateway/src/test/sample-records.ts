/**
 * Records shaped as the internal services return them, for the fake services of the tests. Each
 * builder mirrors one view of a service: field names, nullability and optional fields.
 */

export const DEBTOR = 'CC-1020304050';
export const ACCOUNT = 'CRED-0042-7781';
const UUID = (n: number) => `0193b6a2-6c1e-7cc0-9a52-${String(n).padStart(12, '0')}`;

export function interaction(n: number, occurredAt: string, overrides: Record<string, unknown> = {}) {
  return {
    interactionId: UUID(n),
    debtorId: DEBTOR,
    accountIds: [ACCOUNT],
    party: { id: DEBTOR, role: 'debtor' },
    channel: 'phone_call',
    direction: 'outbound',
    purpose: 'collection',
    occurredAt,
    agentId: 'ag-17',
    automatedChannelId: null,
    outcomeCode: 'PROMISE_TO_PAY',
    notes: null,
    durationSeconds: 245,
    recordingReference: null,
    rightPartyContact: true,
    sourceSystem: 'crm-main',
    sourceReference: `CALL-${n}`,
    promises: [],
    paymentPlan: null,
    nextAction: null,
    policy: { decisionId: UUID(9000 + n), allowed: true, violation: false, reasons: [] },
    amended: false,
    original: null,
    amendments: [],
    actor: 'client:crm-main',
    recordedAt: occurredAt,
    ...overrides,
  };
}

export function amendment(n: number, amendedAt: string) {
  return {
    amendmentId: UUID(5000 + n),
    changes: [{ field: 'outcomeCode', previous: 'PROMISE_TO_PAY', current: 'VOICEMAIL_LEFT' }],
    reason: 'Resultado equivocado.',
    actor: 'agent:ag-17',
    amendedAt,
  };
}

export function policyDecision(n: number, decidedAt: string, debtorId = DEBTOR) {
  return {
    decisionId: UUID(7000 + n),
    origin: 'check',
    interactionId: null,
    debtorId,
    party: { id: debtorId, role: 'debtor' },
    channel: 'sms',
    direction: 'outbound',
    purpose: 'collection',
    accountIds: [],
    instant: decidedAt,
    outcome: 'denied',
    allowed: false,
    reasons: [{ code: 'OUTSIDE_CONTACT_WINDOW', ruleId: 'contact_window', ruleVersion: 1, details: { localTime: '20:15' }, message: 'Fuera de la franja horaria.' }],
    nextAllowedAt: '2026-03-11T12:00:00.000Z',
    countsTowardLimits: true,
    appliedRules: [{ ruleId: 'contact_window', ruleVersion: 1 }],
    actor: 'client:crm-main',
    decidedAt,
  };
}

export function preference(n: number, extra: Record<string, unknown> = {}) {
  return {
    id: UUID(3000 + n),
    debtorId: DEBTOR,
    partyId: DEBTOR,
    validFrom: '2026-01-15T14:00:00.000Z',
    revokedAt: null,
    revocationReason: null,
    revokedBy: null,
    evidence: 'FORM-2026-0042',
    actor: 'agent:ag-17',
    recordedAt: '2026-01-15T14:00:01.000Z',
    active: true,
    ...extra,
  };
}

export function dispute(n: number) {
  return {
    disputeId: UUID(4000 + n),
    debtorId: DEBTOR,
    accountId: ACCOUNT,
    openedAt: '2026-03-01T15:00:00.000Z',
    reason: 'El deudor afirma que ya pagó.',
    evidence: null,
    interactionId: null,
    actor: 'agent:ag-17',
    recordedAt: '2026-03-01T15:00:01.000Z',
    closedAt: null,
    resolution: null,
    closingNotes: null,
    closedBy: null,
  };
}

export function accountState(accountId = ACCOUNT) {
  return {
    accountId,
    debtorId: DEBTOR,
    portfolioId: 'CARTERA-CONSUMO-2026',
    assignee: { kind: 'agent', id: 'ag-17' },
    assignmentId: UUID(6001),
    nextActionId: null,
    nextActionDueAt: null,
    lastInteractionAt: '2026-03-10T15:30:00.000Z',
  };
}

export function assignment(accountId = ACCOUNT) {
  return {
    assignmentId: UUID(6001),
    accountId,
    debtorId: DEBTOR,
    portfolioId: 'CARTERA-CONSUMO-2026',
    assignee: { kind: 'agent', id: 'ag-17' },
    effectiveAt: '2026-03-01T13:00:00.000Z',
    reason: null,
    actor: 'agent:sup-2',
    recordedAt: '2026-03-01T13:00:00.000Z',
  };
}

export function nextAction(accountId = ACCOUNT) {
  return {
    nextActionId: UUID(6101),
    accountId,
    debtorId: DEBTOR,
    interactionId: null,
    dueAt: '2026-03-16T14:00:00.000Z',
    action: 'CHECK_PROMISE',
    assigneeId: 'ag-17',
    notes: null,
    actor: 'agent:ag-17',
    scheduledAt: '2026-03-10T15:35:00.000Z',
  };
}

export function outcomeCode(code = 'PROMISE_TO_PAY') {
  return {
    code,
    labelEs: 'Promesa de pago',
    labelEn: 'Promise to pay',
    isAttempt: true,
    isRightPartyContact: true,
    isPromise: true,
    isDispute: false,
    agreementKind: 'promise',
    channels: null,
    active: true,
    builtIn: true,
    version: 1,
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

export function holidayOverride() {
  return { overrideId: UUID(8001), action: 'add', date: '2027-07-12', name: 'Festivo nuevo', reason: 'Ley nueva', actor: 'client:admin', recordedAt: '2026-03-10T15:00:00.000Z' };
}

export function allocation(paymentId: string, targetId: string, allocatedAt: string) {
  return { paymentId, targetType: 'PROMISE', targetId, amount: '150000.00', timing: 'ON_TIME', allocatedAt };
}

export function promise(n: number, createdAt: string, overrides: Record<string, unknown> = {}) {
  return {
    promiseId: UUID(1000 + n),
    debtorId: DEBTOR,
    accountId: ACCOUNT,
    agentId: 'ag-17',
    status: 'PENDING',
    amount: '150000.00',
    paidAmount: '0.00',
    paidLateAmount: '0.00',
    currency: 'COP',
    dueDate: '2026-03-13',
    graceDays: 2,
    graceDayCounting: 'BUSINESS_DAYS',
    deadlineDate: '2026-03-17',
    keptThresholdPercent: '100.00',
    createdAt,
    createdBy: 'agent:ag-17',
    updatedBy: 'agent:ag-17',
    updatedAt: createdAt,
    allocations: [],
    ...overrides,
  };
}

export function plan(n: number, createdAt: string, overrides: Record<string, unknown> = {}) {
  return {
    planId: UUID(2000 + n),
    debtorId: DEBTOR,
    accountId: ACCOUNT,
    agentId: 'ag-17',
    status: 'ACTIVE',
    currency: 'COP',
    totalAmount: '500000.00',
    graceDays: 2,
    graceDayCounting: 'BUSINESS_DAYS',
    defaultAfterMissedInstallments: 2,
    createdAt,
    createdBy: 'agent:ag-17',
    updatedBy: 'agent:ag-17',
    updatedAt: createdAt,
    installments: [
      { installmentId: UUID(2100 + n), number: 1, dueDate: '2026-04-10', deadlineDate: '2026-04-14', amount: '250000.00', status: 'PENDING', paidAmount: '0.00', paidLateAmount: '0.00' },
      { installmentId: UUID(2200 + n), number: 2, dueDate: '2026-05-10', deadlineDate: '2026-05-12', amount: '250000.00', status: 'PENDING', paidAmount: '0.00', paidLateAmount: '0.00' },
    ],
    ...overrides,
  };
}

export function payment(id: string, paidAt: string, overrides: Record<string, unknown> = {}) {
  return {
    paymentId: id,
    accountId: ACCOUNT,
    debtorId: DEBTOR,
    amount: '150000.00',
    currency: 'COP',
    paidAt,
    paidDate: paidAt.slice(0, 10),
    valueDate: paidAt.slice(0, 10),
    channel: 'pse',
    status: 'APPLIED',
    unallocatedAmount: '0.00',
    receivedAt: paidAt,
    allocations: [],
    ...overrides,
  };
}

export function kpiReport() {
  const rate = { numerator: '42', denominator: '60', percent: '70.00' };
  const kpis = {
    promiseCount: 64,
    countsByStatus: { PENDING: 3, KEPT: 42, BROKEN: 18, CANCELLED: 1, SUPERSEDED: 0 },
    keptRateByCount: rate,
    brokenRateByCount: { numerator: '18', denominator: '60', percent: '30.00' },
    paidLateShareByCount: { numerator: '0', denominator: '0' },
    amountsByCurrency: [
      {
        currency: 'COP',
        promisedAmount: '9600000.00',
        resolvedPromisedAmount: '9000000.00',
        keptPromisedAmount: '6300000.00',
        keptRateByAmount: rate,
        collectedAmount: '6400000.00',
        collectedOnTimeAmount: '6300000.00',
        collectedLateAmount: '100000.00',
        collectedRate: rate,
        paidLateShareByAmount: rate,
      },
    ],
  };
  return { from: '2026-03-01', to: '2026-03-31', overall: kpis, groups: [{ key: 'ag-17', kpis }], groupBy: 'agent' };
}

export function contactKpiReport() {
  const kpis = { contactAttempts: 120, rightPartyContacts: 48, rightPartyContactRate: '0.4000', promises: 18, promiseRate: '0.3750', policyDenials: 7, policyViolations: 1 };
  const noAgent = { contactAttempts: 3, rightPartyContacts: 0, rightPartyContactRate: '0.0000', promises: 0, promiseRate: null, policyDenials: 0, policyViolations: 0 };
  return {
    from: '2026-03-01',
    to: '2026-03-31',
    groupBy: 'agent',
    asOf: '2026-04-01T14:00:00.000Z',
    overall: { ...kpis, accountsWithoutNextAction: 12 },
    groups: [
      { key: '(sin agente)', kpis: noAgent },
      { key: 'ag-17', kpis },
    ],
  };
}

export function ledgerRecord(sequence: number, debtorId: string | null = DEBTOR) {
  return {
    chainId: 'collections.interactions.v1:0',
    sequence,
    eventId: UUID(sequence),
    eventType: 'co.collections.interaction.recorded.v1',
    source: '/services/interactions',
    actor: 'agent:ag-17',
    debtorId,
    accountId: null,
    eventTime: '2026-03-10T15:30:00.000Z',
    recordedAt: '2026-03-10T15:30:01.000Z',
    payload: { id: UUID(sequence) },
    previousHash: '0'.repeat(64),
    hash: 'a'.repeat(64),
    unknownType: false,
    schemaProblem: null,
  };
}

export function legalHold(debtorId = DEBTOR, placedBy = 'client:compliance') {
  return {
    holdId: UUID(8501),
    debtorId,
    reason: 'PQR en trámite',
    caseReference: null,
    placedBy,
    placedAt: '2026-03-10T15:00:00.000Z',
    releasedBy: null,
    releasedAt: null,
    releaseReason: null,
    active: true,
  };
}

export function verificationReport() {
  return {
    ok: true,
    recordsVerified: 42,
    checkpointsVerified: 3,
    chains: [{ chainId: 'collections.interactions.v1:0', records: 42, headSequence: 42, headHash: 'a'.repeat(64) }],
    problem: null,
    chainId: null,
    verifiedAt: '2026-03-10T15:40:00.000Z',
  };
}

export function purgeDecision(partition = 'ledger_records_p202603') {
  return { partition, from: '2026-03-01', to: '2026-04-01', keepUntil: '2036-04-01', purgeAllowed: false, refusals: [{ reason: 'RETENTION_PERIOD_NOT_OVER', keepUntil: '2036-04-01' }] };
}
