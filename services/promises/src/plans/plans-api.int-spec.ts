import { PromiseEventTypes } from '@bitacora/contracts';
import { addDays } from '@bitacora/domain';
import { waitFor } from '@bitacora/testing';
import { uuidv7 } from 'uuidv7';
import { bogotaDateIn, newAccountId, outboxEventsOf, paymentReceived } from '../test/promises-fixtures';
import { startPromisesHarness, type PromisesHarness } from '../test/promises-harness';

const ACTOR = { 'x-actor': 'agent:ag-17' };

interface PlanBody {
  installments: { dueDate: string; amount: string }[];
  [field: string]: unknown;
}

describe('payment plans API', () => {
  let harness: PromisesHarness;

  beforeAll(async () => {
    const today = bogotaDateIn(0);
    const caps = [{ creditType: 'CONSUMER_AND_ORDINARY', validFrom: addDays(today, -30), validTo: addDays(today, 30), maxAnnualEffectiveRateBasisPoints: 2552 }];
    harness = await startPromisesHarness({ env: { USURY_CAPS: JSON.stringify(caps), DEFAULT_GRACE_DAYS: '0' } });
  });

  afterAll(async () => {
    await harness.close();
  });

  const planBody = (overrides: Partial<PlanBody> = {}): PlanBody => ({
    debtorId: 'CC-1020304050',
    accountId: newAccountId(),
    agentId: 'ag-17',
    totalAmount: '300000.00',
    downPayment: { dueDate: bogotaDateIn(1), amount: '100000.00' },
    installments: [
      { dueDate: bogotaDateIn(30), amount: '100000.00' },
      { dueDate: bogotaDateIn(60), amount: '100000.00' },
    ],
    ...overrides,
  });

  const post = (payload: PlanBody, headers: Record<string, string> = ACTOR) => harness.inject({ method: 'POST', url: '/internal/v1/payment-plans', payload, headers });

  it('creates a plan with its installments once', async () => {
    const body = planBody({ planId: uuidv7(), annualInterestRate: '24.50' });

    const created = await post(body);
    const repeated = await post(body);

    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      planId: body.planId,
      status: 'ACTIVE',
      totalAmount: '300000.00',
      annualInterestRate: '24.50',
      creditType: 'CONSUMER_AND_ORDINARY',
      installments: [
        { number: 0, dueDate: bogotaDateIn(1), amount: '100000.00', status: 'PENDING' },
        { number: 1, dueDate: bogotaDateIn(30), status: 'PENDING' },
        { number: 2, dueDate: bogotaDateIn(60), status: 'PENDING' },
      ],
    });
    expect(repeated.statusCode).toBe(200);
    const listed = await harness.inject({ method: 'GET', url: `/internal/v1/payment-plans?accountId=${String(body.accountId)}` });
    expect(listed.json()).toMatchObject({ items: [{ planId: body.planId }] });
  });

  it('names every rule a plan breaks', async () => {
    const body = planBody({
      totalAmount: '999.00',
      installments: [
        { dueDate: bogotaDateIn(30), amount: '100000.00' },
        { dueDate: bogotaDateIn(20), amount: '100000.00' },
      ],
    });

    const response = await post(body, { ...ACTOR, 'accept-language': 'en' });

    expect(response.statusCode).toBe(422);
    const errors = response.json<{ errors: { field: string; code: string; message: string }[] }>().errors;
    expect(errors.map((error) => `${error.field}:${error.code}`).sort()).toEqual(['installments[1].dueDate:promises.DUE_DATES_NOT_INCREASING', 'totalAmount:promises.INSTALLMENT_SUM_MISMATCH']);
    expect(errors.find((error) => error.field === 'totalAmount')?.message).toBe('The total amount must equal the sum of the down payment and the installments.');
  });

  it('checks the interest rate against the usury cap', async () => {
    const above = await post(planBody({ annualInterestRate: '25.53' }));
    const atCap = await post(planBody({ annualInterestRate: '25.52' }));
    const noCap = await post(planBody({ annualInterestRate: '12.00', creditType: 'MICROCREDIT' }));
    const tooPrecise = await post(planBody({ annualInterestRate: '12.005' }));

    expect(above.statusCode).toBe(422);
    expect(above.json()).toMatchObject({ errors: [{ field: 'annualInterestRate', code: 'promises.INTEREST_ABOVE_USURY_CAP', message: expect.stringContaining('tasa de usura') }] });
    expect(atCap.statusCode).toBe(201);
    expect(noCap.json()).toMatchObject({ errors: [{ field: 'annualInterestRate', code: 'promises.USURY_CAP_NOT_CONFIGURED', message: expect.stringContaining('MICROCREDIT') }] });
    expect(tooPrecise.statusCode).toBe(400);
  });

  it('cancels an active plan and its pending installments', async () => {
    const { planId } = (await post(planBody())).json<{ planId: string }>();

    const cancelled = await harness.inject({ method: 'POST', url: `/internal/v1/payment-plans/${planId}/cancel`, payload: { reason: 'Refinanciación' }, headers: ACTOR });

    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'CANCELLED', cancellationReason: 'Refinanciación', installments: [{ status: 'CANCELLED' }, { status: 'CANCELLED' }, { status: 'CANCELLED' }] });
  });

  it('applies a payment to the oldest installment first', async () => {
    const body = planBody();
    const accountId = String(body.accountId);
    const { planId } = (await post(body)).json<{ planId: string }>();

    await harness.publish(harness.topics.payments, [{ event: paymentReceived({ accountId, amount: '150000.00' }) }]);
    await waitFor('down payment kept', async () => {
      const plan = await harness.inject({ method: 'GET', url: `/internal/v1/payment-plans/${planId}` });
      return plan.json<{ installments: { status: string }[] }>().installments[0].status === 'KEPT';
    });

    const plan = await harness.inject({ method: 'GET', url: `/internal/v1/payment-plans/${planId}` });
    expect(plan.json()).toMatchObject({
      status: 'ACTIVE',
      installments: [
        { number: 0, status: 'KEPT', paidAmount: '100000.00' },
        { number: 1, status: 'PENDING', paidAmount: '50000.00' },
        { number: 2, status: 'PENDING', paidAmount: '0.00' },
      ],
    });
    const types = (await outboxEventsOf(harness, accountId)).map((event) => event.type);
    expect(types).toEqual([PromiseEventTypes.planCreated, PromiseEventTypes.paymentApplied, PromiseEventTypes.installmentKept]);
  });
});
