import { emptyAccountState } from './account-state';
import { createPaymentPlan } from './create-payment-plan';
import type { UsuryCap } from './settings';
import { AccountScenario, CREATION_NOW, planCommand, settingsWith, testCalendar } from './test/fixtures';
import { validateCreatePaymentPlan, type CreatePaymentPlanCommand, type InstallmentDraft } from './validate-payment-plan';

const MARCH_2026_CAP: UsuryCap = {
  creditType: 'CONSUMER_AND_ORDINARY',
  validFrom: '2026-03-01',
  validTo: '2026-03-31',
  maxAnnualEffectiveRateBasisPoints: 2_550,
};

function schedule(...entries: Array<[string, bigint] | [string, bigint, string]>): InstallmentDraft[] {
  return entries.map(([dueDate, amount, currency], index) => ({ installmentId: `i${index + 1}`, dueDate, amount, currency }));
}

describe('validateCreatePaymentPlan', () => {
  const cases: Array<{ name: string; change: Partial<CreatePaymentPlanCommand>; expected: Array<[string, string]> }> = [
    {
      name: 'sum below total',
      change: { totalAmount: 100_000n },
      expected: [['INSTALLMENT_SUM_MISMATCH', 'totalAmount']],
    },
    {
      name: 'no installments',
      change: { totalAmount: 1n, installments: [] },
      expected: [
        ['INSTALLMENTS_MISSING', 'installments'],
        ['INSTALLMENT_SUM_MISMATCH', 'totalAmount'],
      ],
    },
    {
      name: 'zero installment amount',
      change: { totalAmount: 30_000n, installments: schedule(['2026-03-10', 30_000n], ['2026-04-10', 0n]) },
      expected: [['AMOUNT_NOT_POSITIVE', 'installments[1].amount']],
    },
    {
      name: 'zero total',
      change: { totalAmount: 0n, installments: schedule(['2026-03-10', 0n]) },
      expected: [
        ['AMOUNT_NOT_POSITIVE', 'totalAmount'],
        ['AMOUNT_NOT_POSITIVE', 'installments[0].amount'],
      ],
    },
    {
      name: 'equal due dates',
      change: { totalAmount: 60_000n, installments: schedule(['2026-03-10', 30_000n], ['2026-03-10', 30_000n]) },
      expected: [['DUE_DATES_NOT_INCREASING', 'installments[1].dueDate']],
    },
    {
      name: 'decreasing due dates',
      change: { totalAmount: 60_000n, installments: schedule(['2026-04-10', 30_000n], ['2026-03-10', 30_000n]) },
      expected: [['DUE_DATES_NOT_INCREASING', 'installments[1].dueDate']],
    },
    {
      name: 'down payment after first installment',
      change: {
        totalAmount: 70_000n,
        downPayment: { installmentId: 'down', dueDate: '2026-03-15', amount: 10_000n },
        installments: schedule(['2026-03-10', 30_000n], ['2026-04-10', 30_000n]),
      },
      expected: [['DUE_DATES_NOT_INCREASING', 'installments[0].dueDate']],
    },
    {
      name: 'installment in past',
      change: { totalAmount: 60_000n, installments: schedule(['2026-02-27', 30_000n], ['2026-04-10', 30_000n]) },
      expected: [['DUE_DATE_IN_PAST', 'installments[0].dueDate']],
    },
    {
      name: 'installment beyond horizon',
      change: { totalAmount: 60_000n, installments: schedule(['2026-03-10', 30_000n], ['2027-03-03', 30_000n]) },
      expected: [['DUE_DATE_BEYOND_HORIZON', 'installments[1].dueDate']],
    },
    {
      name: 'invalid installment date',
      change: { totalAmount: 60_000n, installments: schedule(['2026-03-10', 30_000n], ['10/04/2026', 30_000n]) },
      expected: [['INVALID_DATE', 'installments[1].dueDate']],
    },
    {
      name: 'installment in other currency',
      change: { totalAmount: 60_000n, installments: schedule(['2026-03-10', 30_000n, 'COP'], ['2026-04-10', 30_000n, 'USD']) },
      expected: [['CURRENCY_MISMATCH', 'installments[1].currency']],
    },
    {
      name: 'malformed installment currency',
      change: { totalAmount: 30_000n, installments: schedule(['2026-03-10', 30_000n, 'pesos']) },
      expected: [['INVALID_CURRENCY', 'installments[0].currency']],
    },
    {
      name: 'malformed plan currency',
      change: { currency: 'Peso' },
      expected: [['INVALID_CURRENCY', 'currency']],
    },
    {
      name: 'repeated installment id',
      change: {
        totalAmount: 60_000n,
        installments: [
          { installmentId: 'same', dueDate: '2026-03-10', amount: 30_000n },
          { installmentId: 'same', dueDate: '2026-04-10', amount: 30_000n },
        ],
      },
      expected: [['DUPLICATE_ID', 'installments[1].installmentId']],
    },
    {
      name: 'negative grace days',
      change: { graceDays: -2 },
      expected: [['INVALID_GRACE_DAYS', 'graceDays']],
    },
    {
      name: 'missing plan id',
      change: { planId: '' },
      expected: [['REQUIRED', 'planId']],
    },
  ];

  it.each(cases)('rejects $name', ({ change, expected }) => {
    const errors = validateCreatePaymentPlan(planCommand(change), settingsWith({ usuryCaps: [MARCH_2026_CAP] }), CREATION_NOW);

    expect(errors.map((error) => [error.code, error.field])).toEqual(expected);
  });

  it('accepts valid plan with down payment', () => {
    const command = planCommand({
      totalAmount: 100_000n,
      downPayment: { installmentId: 'down', dueDate: '2026-03-02', amount: 10_000n, currency: 'COP' },
    });

    expect(validateCreatePaymentPlan(command, settingsWith(), CREATION_NOW)).toEqual([]);
  });
});

describe('validateCreatePaymentPlan interest', () => {
  const cases: Array<{ name: string; rate: number; creditType?: string; caps: UsuryCap[]; expected: string[] }> = [
    { name: 'rate below cap', rate: 2_400, caps: [MARCH_2026_CAP], expected: [] },
    { name: 'rate equal to cap', rate: 2_550, caps: [MARCH_2026_CAP], expected: [] },
    { name: 'rate above cap', rate: 2_551, caps: [MARCH_2026_CAP], expected: ['INTEREST_ABOVE_USURY_CAP'] },
    { name: 'zero rate', rate: 0, caps: [MARCH_2026_CAP], expected: [] },
    { name: 'no cap configured', rate: 1_000, caps: [], expected: ['USURY_CAP_NOT_CONFIGURED'] },
    {
      name: 'cap of other period',
      rate: 1_000,
      caps: [{ ...MARCH_2026_CAP, validFrom: '2026-04-01', validTo: '2026-04-30' }],
      expected: ['USURY_CAP_NOT_CONFIGURED'],
    },
    {
      name: 'cap of other credit type',
      rate: 1_000,
      creditType: 'MICROCREDIT',
      caps: [MARCH_2026_CAP],
      expected: ['USURY_CAP_NOT_CONFIGURED'],
    },
    {
      name: 'lowest overlapping cap wins',
      rate: 2_500,
      caps: [MARCH_2026_CAP, { ...MARCH_2026_CAP, maxAnnualEffectiveRateBasisPoints: 2_450 }],
      expected: ['INTEREST_ABOVE_USURY_CAP'],
    },
    { name: 'negative rate', rate: -1, caps: [MARCH_2026_CAP], expected: ['INVALID_INTEREST_RATE'] },
    { name: 'fractional rate', rate: 25.5, caps: [MARCH_2026_CAP], expected: ['INVALID_INTEREST_RATE'] },
  ];

  it.each(cases)('$name', ({ rate, creditType, caps, expected }) => {
    const command = planCommand({ interestRateBasisPoints: rate, creditType });

    const errors = validateCreatePaymentPlan(command, settingsWith({ usuryCaps: caps }), CREATION_NOW);

    expect(errors.map((error) => error.code)).toEqual(expected);
    expect(errors.every((error) => error.field === 'interestRateBasisPoints')).toBe(true);
  });

  it('names rate and cap in message', () => {
    const errors = validateCreatePaymentPlan(planCommand({ interestRateBasisPoints: 2_600 }), settingsWith({ usuryCaps: [MARCH_2026_CAP] }), CREATION_NOW);

    expect(errors[0].message).toContain('26.00 %');
    expect(errors[0].message).toContain('25.50 %');
  });
});

describe('createPaymentPlan', () => {
  it('numbers down payment zero', () => {
    const scenario = new AccountScenario().plan({
      totalAmount: 100_000n,
      downPayment: { installmentId: 'down', dueDate: '2026-03-03', amount: 10_000n },
    });

    expect(scenario.planById('plan-1').installments.map((installment) => [installment.id, installment.number])).toEqual([
      ['down', 0],
      ['plan-1-i1', 1],
      ['plan-1-i2', 2],
      ['plan-1-i3', 3],
    ]);
  });

  it('fixes installment deadlines with grace', () => {
    const scenario = new AccountScenario().plan({
      graceDays: 2,
      totalAmount: 60_000n,
      installments: [
        { installmentId: 'a', dueDate: '2026-03-20', amount: 30_000n },
        { installmentId: 'b', dueDate: '2026-04-01', amount: 30_000n },
      ],
    });

    expect(scenario.planById('plan-1').installments.map((installment) => installment.deadlineDate)).toEqual(['2026-03-25', '2026-04-07']);
  });

  it('stores plan settings snapshot', () => {
    const scenario = new AccountScenario(settingsWith({ defaultAfterMissedInstallments: 3, installmentKeptThresholdBasisPoints: 9_500 })).plan();

    expect(scenario.planById('plan-1')).toMatchObject({
      status: 'ACTIVE',
      currency: 'COP',
      defaultAfterMissedInstallments: 3,
      keptThresholdBasisPoints: 9_500,
      interestRateBasisPoints: null,
      creditType: null,
    });
    expect(scenario.eventTypes()).toEqual(['PaymentPlanCreated']);
  });

  it('rejects plan of other account', () => {
    const decision = createPaymentPlan(emptyAccountState('ACC-999'), planCommand(), {
      settings: settingsWith(),
      calendar: testCalendar,
      now: CREATION_NOW,
    });

    expect(decision.ok ? [] : decision.errors.map((error) => error.code)).toEqual(['ACCOUNT_MISMATCH']);
  });

  it('treats repeated command as duplicate', () => {
    const scenario = new AccountScenario().plan();
    const before = scenario.state;

    scenario.plan();

    expect(scenario.lastDuplicate).toBe(true);
    expect(scenario.state).toBe(before);
  });

  it('rejects same id with other schedule', () => {
    const scenario = new AccountScenario().plan();

    const decision = createPaymentPlan(scenario.state, planCommand({ totalAmount: 30_000n, installments: schedule(['2026-03-10', 30_000n]) }), {
      settings: settingsWith(),
      calendar: testCalendar,
      now: CREATION_NOW,
    });

    expect(decision.ok ? [] : decision.errors.map((error) => error.code)).toEqual(['PLAN_ID_CONFLICT']);
  });

  it('keeps installment at 95 % threshold', () => {
    const scenario = new AccountScenario(settingsWith({ installmentKeptThresholdBasisPoints: 9_500 }))
      .plan()
      .pay('pay-1', 28_500n, new Date('2026-03-05T15:00:00Z'));

    expect(scenario.installment('plan-1', 1).status).toBe('KEPT');
  });
});
