// The whole platform at work. The four services run from dist as separate processes on their
// own database. A CRM records through the gateway and the bank's core publishes payments with
// kcat. Promises are judged by their dates. Compliance verifies the ledger read from Kafka with
// the command-line verifier, and a supervisor reads the timeline and the KPIs.
// Needs a build first (`npm run build`, which `npm test` runs) and the local PostgreSQL, Kafka and kcat.
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { LOCAL_DEFAULTS } from '@bitacora/config';
import { addDays } from '@bitacora/domain';
import { kafkaBrokers, uniqueSuffix, waitFor } from '@bitacora/testing';
import { AuditTopicReader, type SealedRecord } from './support/audit-topic-reader';
import { atBogota, bogotaToday, businessDaysBefore } from './support/bogota-days';
import { paymentReceived, paymentReversed, publishWithKcat } from './support/core-payments';
import { expectStatus, GatewayClient } from './support/gateway-client';
import { Topics } from '@bitacora/contracts';
import { startPlatform, topicSuffixOf, type RunningPlatform } from './support/platform';

const run = promisify(execFile);

// Generous deadlines: four Node processes, PostgreSQL and Kafka share a loaded 2-core machine.
const READY_TIMEOUT_MS = 120_000;
const WAIT_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 20_000;

interface PolicyView {
  decisionId: string;
  allowed: boolean;
  violation: boolean;
  reasons: { code: string }[];
}
interface InteractionView {
  interactionId: string;
  policy: PolicyView;
  promises: { promiseId: string }[];
  paymentPlan?: { planId: string };
}
interface PromiseView {
  promiseId: string;
  status: string;
  paidAmount: string;
  paidLateAmount: string;
}
interface PlanView {
  planId: string;
  status: string;
  installments: { number: number; status: string; paidAmount: string }[];
}
interface Page<Item> {
  items: Item[];
}
interface RateView {
  numerator: string;
  denominator: string;
}
interface KpiReport {
  overall: { promiseCount: number; countsByStatus: Record<string, number>; keptRateByCount: RateView };
}

describe('platform end to end', () => {
  const suffix = uniqueSuffix().toUpperCase();
  const brokers = kafkaBrokers();
  const today = bogotaToday();
  const [yesterday, dayBefore] = businessDaysBefore(today, 2);

  // Debtor A keeps a promise due today, has the payment reversed and pays again. The CRM also
  // checks and then records an SMS that no consent covers. Debtor B breaks a promise due on an
  // earlier day, pays it late, agrees a payment plan and calls in. Debtor C gets one allowed message.
  // The KPIs are read for this run's own agent, so they count only this run's promises.
  const agentId = `ag-e2e-${suffix}`;
  const debtorA = { debtorId: `CC-E2E${suffix}A`, accountId: `CRED-E2E${suffix}-A1` };
  const debtorB = { debtorId: `CC-E2E${suffix}B`, promiseAccountId: `CRED-E2E${suffix}-B1`, planAccountId: `CRED-E2E${suffix}-B2` };
  const debtorC = { debtorId: `CC-E2E${suffix}C`, accountId: `CRED-E2E${suffix}-C1` };

  let platform: RunningPlatform | undefined;
  let auditTopic: AuditTopicReader | undefined;
  let crm: GatewayClient;

  const ids = { promiseA: '', promiseB: '', planB: '' };

  // Personal data (Ley 1581 de 2012) the CRM sends in free text. The services log at debug level
  // in this run, and no log line may carry any of it.
  const personalData = {
    name: 'María Fernanda Restrepo Gómez',
    document: '1020304050',
    phone: '+57 310 555 0147',
    phoneDigits: '3105550147',
    email: 'maria.restrepo.e2e@correo.example',
  };
  const personalNotes = `Titular ${personalData.name}, CC ${personalData.document}, pide llamar al ${personalData.phone} o escribir a ${personalData.email}.`;
  const paymentsTopic = `${Topics.payments}${topicSuffixOf(suffix)}`;

  beforeAll(async () => {
    // The reader notes the end of the audit topic before this run's audit service writes to it.
    auditTopic = await AuditTopicReader.fromCurrentEnd(brokers, `${Topics.audit}${topicSuffixOf(suffix)}`);
    platform = await startPlatform({ brokers, suffix, readyTimeoutMs: READY_TIMEOUT_MS, stopGraceMs: STOP_GRACE_MS, logLevel: 'debug' });
    await auditTopic.start();
    crm = new GatewayClient(platform.gatewayUrl, LOCAL_DEFAULTS.apiKey);
  }, 3 * READY_TIMEOUT_MS);

  afterAll(async () => {
    await auditTopic?.stop().catch((error: Error) => console.error(`compliance consumer did not stop: ${error.message}`));
    await platform?.stop();
  }, 2 * STOP_GRACE_MS + 30_000);

  function call(debtorId: string, accountIds: string[], occurredAt: string, outcomeCode: string, reference: string, extra: Record<string, unknown> = {}) {
    return {
      debtorId,
      accountIds,
      party: { id: debtorId, role: 'debtor' },
      channel: 'phone_call',
      direction: 'outbound',
      purpose: 'collection',
      occurredAt,
      durationSeconds: 180,
      agentId,
      outcomeCode,
      notes: personalNotes,
      sourceSystem: 'crm-e2e',
      sourceReference: `${reference}-${suffix}`,
      ...extra,
    };
  }

  async function grantConsent(debtorId: string, channel: string): Promise<void> {
    const consent = { partyId: debtorId, channel, validFrom: '2026-01-02T09:00:00-05:00', evidence: `Formulario firmado por ${personalData.name}, ${personalData.email}` };
    expectStatus(await crm.post(`/v1/debtors/${debtorId}/consents`, consent), 201, `consent ${channel} for ${debtorId}`);
  }

  async function record(body: Record<string, unknown>): Promise<InteractionView> {
    const idempotencyKey = `interaction-${String(body.sourceReference)}`;
    const first = expectStatus(await crm.post<InteractionView>('/v1/interactions', body, idempotencyKey), 201, `record ${String(body.sourceReference)}`);

    // A CRM retry with the same Idempotency-Key gets the stored response, and nothing new is recorded.
    const retry = expectStatus(await crm.post<InteractionView>('/v1/interactions', body, idempotencyKey), 201, `retry ${String(body.sourceReference)}`);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body.interactionId).toBe(first.body.interactionId);
    return first.body;
  }

  async function promiseWhen(promiseId: string, description: string, accept: (promise: PromiseView) => boolean): Promise<PromiseView> {
    return waitFor(
      `promise ${promiseId} ${description}`,
      async () => {
        const response = await crm.get<PromiseView>(`/v1/promises/${promiseId}`);
        return response.status === 200 && accept(response.body) ? response.body : undefined;
      },
      WAIT_TIMEOUT_MS,
      250,
    );
  }

  async function pay(debtorId: string, accountId: string, paymentId: string, amount: string): Promise<void> {
    const paidAt = new Date().toISOString();
    await publishWithKcat(brokers.join(','), accountId, paymentReceived(debtorId, { paymentId, accountId, debtorId, amount, currency: 'COP', paidAt, valueDate: today, channel: 'pse' }), paymentsTopic);
  }

  it('records the CRM contacts through the gateway', async () => {
    await grantConsent(debtorA.debtorId, 'phone_call');
    await grantConsent(debtorB.debtorId, 'phone_call');
    await grantConsent(debtorC.debtorId, 'whatsapp');

    const check = { debtorId: debtorA.debtorId, party: { role: 'debtor' }, channel: 'sms', purpose: 'collection', accountIds: [debtorA.accountId], instant: atBogota(yesterday, '11:00') };
    const denied = expectStatus(await crm.post<PolicyView>('/v1/contact-policy/checks', check), 200, 'contact-policy check');
    expect(denied.body.allowed).toBe(false);
    expect(denied.body.reasons.map((reason) => reason.code)).toContain('CHANNEL_NOT_AUTHORIZED');

    const promiseTerms = { accountId: debtorA.accountId, amount: '150000.00', currency: 'COP', dueDate: today, graceDays: 0 };
    const promiseCall = await record(call(debtorA.debtorId, [debtorA.accountId], atBogota(yesterday, '10:00'), 'PROMISE_TO_PAY', 'CALL-A1', { promises: [promiseTerms] }));
    expect(promiseCall.policy).toMatchObject({ allowed: true, violation: false });
    ids.promiseA = promiseCall.promises[0].promiseId;

    const sms = {
      ...call(debtorA.debtorId, [debtorA.accountId], atBogota(yesterday, '11:30'), 'MESSAGE_SENT', 'SMS-A1'),
      channel: 'sms',
      agentId: undefined,
      automatedChannelId: 'sms-platform-e2e',
      durationSeconds: undefined,
    };
    const breach = await record(sms);
    expect(breach.policy.violation).toBe(true);
    expect(breach.policy.reasons.map((reason) => reason.code)).toContain('CHANNEL_NOT_AUTHORIZED');

    const brokenTerms = { accountId: debtorB.promiseAccountId, amount: '80000.00', currency: 'COP', dueDate: dayBefore, graceDays: 0 };
    const brokenCall = await record(call(debtorB.debtorId, [debtorB.promiseAccountId], atBogota(dayBefore, '09:30'), 'PROMISE_TO_PAY', 'CALL-B1', { promises: [brokenTerms] }));
    expect(brokenCall.policy.allowed).toBe(true);
    ids.promiseB = brokenCall.promises[0].promiseId;

    const plan = {
      accountId: debtorB.planAccountId,
      currency: 'COP',
      totalAmount: '250000.00',
      downPayment: { amount: '50000.00', dueDate: today },
      installments: [
        { number: 1, dueDate: addDays(today, 30), amount: '100000.00' },
        { number: 2, dueDate: addDays(today, 60), amount: '100000.00' },
      ],
    };
    const planCall = await record(call(debtorB.debtorId, [debtorB.planAccountId], atBogota(yesterday, '15:00'), 'PAYMENT_PLAN_AGREED', 'CALL-B2', { paymentPlan: plan }));
    expect(planCall.policy.allowed).toBe(true);
    ids.planB = planCall.paymentPlan?.planId ?? '';

    const inbound = { ...call(debtorB.debtorId, [debtorB.planAccountId], atBogota(yesterday, '20:30'), 'INBOUND_INQUIRY', 'INBOUND-B1'), direction: 'inbound', purpose: 'information_requested' };
    expect((await record(inbound)).policy).toMatchObject({ allowed: true, violation: false });

    const whatsapp = { ...call(debtorC.debtorId, [debtorC.accountId], atBogota(yesterday, '09:00'), 'MESSAGE_DELIVERED', 'WA-C1'), channel: 'whatsapp', durationSeconds: undefined };
    expect((await record(whatsapp)).policy).toMatchObject({ allowed: true, violation: false });

    const interactionsOfA = expectStatus(await crm.get<Page<{ interactionId: string }>>(`/v1/debtors/${debtorA.debtorId}/interactions`), 200, 'interactions of A');
    expect(interactionsOfA.body.items).toHaveLength(2);
  });

  it('judges promises and plans by the payments the core publishes', async () => {
    await promiseWhen(ids.promiseA, 'to be created', (promise) => promise.status === 'PENDING');
    await pay(debtorA.debtorId, debtorA.accountId, `PAY-E2E${suffix}-A1`, '150000.00');
    await promiseWhen(ids.promiseA, 'to be kept', (promise) => promise.status === 'KEPT' && promise.paidAmount === '150000.00');

    const reversal = { paymentId: `PAY-E2E${suffix}-A1`, accountId: debtorA.accountId, reversedAt: new Date().toISOString(), reason: 'Cheque devuelto' };
    await publishWithKcat(brokers.join(','), debtorA.accountId, paymentReversed(debtorA.debtorId, reversal), paymentsTopic);
    await promiseWhen(ids.promiseA, 'to reopen after the reversal', (promise) => promise.status === 'PENDING' && promise.paidAmount === '0.00');

    await pay(debtorA.debtorId, debtorA.accountId, `PAY-E2E${suffix}-A2`, '150000.00');
    await promiseWhen(ids.promiseA, 'to be kept again', (promise) => promise.status === 'KEPT');

    const broken = await promiseWhen(ids.promiseB, 'to be broken by the scheduler', (promise) => promise.status === 'BROKEN');
    expect(broken.paidAmount).toBe('0.00');
    await pay(debtorB.debtorId, debtorB.promiseAccountId, `PAY-E2E${suffix}-B1`, '80000.00');
    const paidLate = await promiseWhen(ids.promiseB, 'to be paid late', (promise) => promise.paidLateAmount === '80000.00');
    expect(paidLate.status).toBe('BROKEN');

    await pay(debtorB.debtorId, debtorB.planAccountId, `PAY-E2E${suffix}-B2`, '50000.00');
    const plan = await waitFor(
      `plan ${ids.planB} down payment kept`,
      async () => {
        const response = await crm.get<PlanView>(`/v1/payment-plans/${ids.planB}`);
        return response.status === 200 && response.body.installments.find((installment) => installment.number === 0)?.status === 'KEPT' ? response.body : undefined;
      },
      WAIT_TIMEOUT_MS,
      250,
    );
    expect(plan.status).toBe('ACTIVE');
    expect(plan.installments.filter((installment) => installment.status === 'PENDING')).toHaveLength(2);

    const payments = expectStatus(await crm.get<Page<{ paymentId: string; status?: string }>>(`/v1/accounts/${debtorA.accountId}/payments`), 200, 'payments of A');
    expect(payments.body.items.map((payment) => payment.paymentId).sort()).toEqual([`PAY-E2E${suffix}-A1`, `PAY-E2E${suffix}-A2`]);
  });

  it('gives compliance a ledger that verifies with the public key', async () => {
    const reader = auditTopic as AuditTopicReader;
    const { workDirectory, publicKeyPath } = platform as RunningPlatform;
    const sealed = await waitFor(
      `the audit topic to carry debtor ${debtorA.debtorId}'s reversal and second kept promise`,
      () => {
        const records = reader.recordsOfDebtor(debtorA.debtorId);
        const types = records.map((record) => record.eventType);
        return types.includes('co.collections.core.payment.reversed.v1') && types.filter((type) => type.endsWith('.promise.kept.v1')).length >= 2 ? records : undefined;
      },
      WAIT_TIMEOUT_MS,
      250,
    );
    await waitFor('a checkpoint that covers those records', () => reader.coveringCheckpoint(sealed), WAIT_TIMEOUT_MS, 250);

    const ledgerPath = join(workDirectory, 'ledger.jsonl');
    await writeFile(ledgerPath, reader.toJsonLines());
    const verifier = join(__dirname, '..', 'dist', 'services', 'audit', 'src', 'cli', 'verify-ledger.js');
    const verified = await run(process.execPath, [verifier, '--public-key', publicKeyPath, '--json', ledgerPath]);
    const report = JSON.parse(verified.stdout) as { ok: boolean; checkpointsVerified: number; problem: unknown };
    expect(report.problem).toBeNull();
    expect(report.ok).toBe(true);
    expect(report.checkpointsVerified).toBeGreaterThan(0);

    const tampered = reader.toJsonLines().replace(debtorA.accountId, `${debtorA.accountId}X`);
    const tamperedPath = join(workDirectory, 'ledger-tampered.jsonl');
    await writeFile(tamperedPath, tampered);
    const rejected = await run(process.execPath, [verifier, '--public-key', publicKeyPath, '--json', tamperedPath]).then(
      () => ({ code: 0 }),
      (error: { code: number }) => ({ code: error.code }),
    );
    expect(rejected.code).toBe(1);

    const exported = expectStatus(await crm.get<string>(`/v1/audit/debtors/${debtorA.debtorId}/export?format=jsonl`), 200, 'export of A');
    const exportedLines = exported.text.trim().split('\n').map((line) => JSON.parse(line) as SealedRecord & { recordType?: string });
    const exportedRecords = exportedLines.filter((line) => line.recordType !== 'checkpoint');
    const exportedIds = new Set(exportedRecords.map((record) => record.eventId));
    expect(sealed.every((record) => exportedIds.has(record.eventId))).toBe(true);
    const strangers = exportedRecords.filter((record) => record.debtorId !== debtorA.debtorId && record.payload?.debtorid !== debtorA.debtorId);
    expect(strangers).toEqual([]);
  });

  it('shows a supervisor the timeline and the KPIs', async () => {
    const timeline = expectStatus(await crm.get<Page<{ kind: string }>>(`/v1/debtors/${debtorB.debtorId}/timeline?limit=200`), 200, 'timeline of B');
    const kinds = new Set(timeline.body.items.map((entry) => entry.kind));
    for (const kind of ['interaction', 'policy_decision', 'promise', 'promise_status_change', 'plan', 'payment', 'allocation']) {
      expect(kinds).toContain(kind);
    }

    const kpis = expectStatus(await crm.get<KpiReport>(`/v1/kpis/promises?from=${dayBefore}&to=${today}&agentId=${agentId}`), 200, 'promise KPIs');
    expect(kpis.body.overall.countsByStatus).toMatchObject({ KEPT: 1, BROKEN: 1 });
    expect(kpis.body.overall.keptRateByCount).toMatchObject({ numerator: '1', denominator: '2' });
  });

  it('keeps personal data out of logs', async () => {
    const { logFiles } = platform as RunningPlatform;
    const lines = (await Promise.all(logFiles.map((file) => readFile(file, 'utf8')))).flatMap((text) => text.split('\n')).filter((line) => line.trim() !== '');

    // The scan means something only if the services logged this run's work at debug level.
    expect(logFiles).toHaveLength(4);
    expect(lines.length).toBeGreaterThan(20);
    for (const [field, value] of Object.entries(personalData)) {
      const leaking = lines.filter((line) => line.includes(value));
      expect({ field, leaking: leaking.slice(0, 3) }).toEqual({ field, leaking: [] });
    }
  });
});
