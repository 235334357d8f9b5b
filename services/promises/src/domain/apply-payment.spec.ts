import { applyPayment } from './apply-payment';
import { emptyAccountState } from './account-state';
import type { PaymentApplied } from './events';
import type { PaymentReceived } from './payment';
import { ACCOUNT_ID, AccountScenario, bogota, settingsWith } from './test/fixtures';

function paymentApplied(scenario: AccountScenario): PaymentApplied {
  const event = scenario.events.find((candidate): candidate is PaymentApplied => candidate.type === 'PaymentApplied');
  if (event === undefined) {
    throw new Error(`No PaymentApplied among ${scenario.eventTypes().join(', ')}`);
  }
  return event;
}

describe('applyPayment to promises', () => {
  const cases = [
    {
      name: 'partial payment stays pending',
      run: () => new AccountScenario().promise('p1', 100_000n, '2026-03-10').pay('pay-1', 40_000n, bogota('2026-03-05T10:00')),
      status: 'PENDING',
      paid: 40_000n,
      unallocated: 0n,
    },
    {
      name: 'several payments keep promise',
      run: () =>
        new AccountScenario()
          .promise('p1', 100_000n, '2026-03-10')
          .pay('pay-1', 40_000n, bogota('2026-03-05T10:00'))
          .pay('pay-2', 35_000n, bogota('2026-03-06T10:00'))
          .pay('pay-3', 25_000n, bogota('2026-03-09T10:00')),
      status: 'KEPT',
      paid: 100_000n,
      unallocated: 0n,
    },
    {
      name: 'overpayment leaves unallocated rest',
      run: () => new AccountScenario().promise('p1', 100_000n, '2026-03-10').pay('pay-1', 150_000n, bogota('2026-03-05T10:00')),
      status: 'KEPT',
      paid: 100_000n,
      unallocated: 50_000n,
    },
    {
      name: 'threshold 90 % reached',
      run: () =>
        new AccountScenario(settingsWith({ promiseKeptThresholdBasisPoints: 9_000 }))
          .promise('p1', 100_000n, '2026-03-10')
          .pay('pay-1', 90_000n, bogota('2026-03-05T10:00')),
      status: 'KEPT',
      paid: 90_000n,
      unallocated: 0n,
    },
    {
      name: 'threshold 90 % missed by one',
      run: () =>
        new AccountScenario(settingsWith({ promiseKeptThresholdBasisPoints: 9_000 }))
          .promise('p1', 100_000n, '2026-03-10')
          .pay('pay-1', 89_999n, bogota('2026-03-05T10:00')),
      status: 'PENDING',
      paid: 89_999n,
      unallocated: 0n,
    },
    {
      name: 'other currency not allocated',
      run: () => new AccountScenario().promise('p1', 100_000n, '2026-03-10').pay('pay-1', 100_000n, bogota('2026-03-05T10:00'), 'USD'),
      status: 'PENDING',
      paid: 0n,
      unallocated: 100_000n,
    },
    {
      name: 'paid at 23:59 Bogota on deadline',
      run: () =>
        new AccountScenario()
          .promise('p1', 100_000n, '2026-03-09', { graceDays: 1 })
          .pay('pay-1', 100_000n, new Date('2026-03-11T04:59:59Z')),
      status: 'KEPT',
      paid: 100_000n,
      unallocated: 0n,
    },
    {
      name: 'paid at 00:00 Bogota after deadline',
      run: () =>
        new AccountScenario()
          .promise('p1', 100_000n, '2026-03-09', { graceDays: 1 })
          .pay('pay-1', 100_000n, new Date('2026-03-11T05:00:00Z')),
      status: 'BROKEN',
      paid: 0n,
      unallocated: 100_000n,
    },
  ];

  it.each(cases)('$name', ({ run, status, paid, unallocated }) => {
    const scenario = run();

    expect(scenario.promiseById('p1').status).toBe(status);
    expect(scenario.promiseById('p1').paidAmount).toBe(paid);
    expect(paymentApplied(scenario).unallocatedAmount).toBe(unallocated);
  });

  it('emits PromiseKept with completing payment', () => {
    const scenario = new AccountScenario()
      .promise('p1', 100_000n, '2026-03-10')
      .pay('pay-1', 60_000n, bogota('2026-03-05T10:00'))
      .pay('pay-2', 40_000n, bogota('2026-03-06T11:00'));

    expect(scenario.eventTypes()).toEqual(['PaymentApplied', 'PromiseKept']);
    expect(scenario.events[1]).toMatchObject({ promiseId: 'p1', paymentId: 'pay-2', paidAmount: 100_000n, previousStatus: 'PENDING' });
    expect(scenario.promiseById('p1').resolvedAt).toEqual(bogota('2026-03-06T11:00'));
  });

  it('records payment with nothing open', () => {
    const scenario = new AccountScenario().pay('pay-1', 10_000n, bogota('2026-03-05T10:00'));

    expect(scenario.paymentById('pay-1')).toMatchObject({ status: 'APPLIED', unallocatedAmount: 10_000n, paidDate: '2026-03-05' });
    expect(paymentApplied(scenario).allocations).toEqual([]);
    expect(scenario.state.allocations).toEqual([]);
  });

  it('orders equal due dates by creation', () => {
    const scenario = new AccountScenario()
      .promise('later', 50_000n, '2026-03-10', { now: bogota('2026-03-02T11:00') })
      .promise('earlier', 50_000n, '2026-03-10', { now: bogota('2026-03-02T10:00') })
      .pay('pay-1', 70_000n, bogota('2026-03-05T10:00'));

    expect(paymentApplied(scenario).allocations.map((allocation) => [allocation.targetId, allocation.amount])).toEqual([
      ['earlier', 50_000n],
      ['later', 20_000n],
    ]);
  });

  it('keeps untouched records as same objects', () => {
    const before = new AccountScenario().promise('p1', 100_000n, '2026-03-10').promise('p2', 100_000n, '2026-04-10');
    const untouched = before.promiseById('p2');

    const after = before.pay('pay-1', 10_000n, bogota('2026-03-05T10:00'));

    expect(after.promiseById('p2')).toBe(untouched);
  });
});

describe('applyPayment across promises and installments', () => {
  function mixedAccount(): AccountScenario {
    return new AccountScenario()
      .promise('promise-late', 50_000n, '2026-03-20')
      .plan()
      .promise('promise-early', 20_000n, '2026-03-15');
  }

  it('allocates oldest due date first', () => {
    const scenario = mixedAccount().pay('pay-1', 90_000n, bogota('2026-03-05T10:00'));

    expect(paymentApplied(scenario).allocations.map((allocation) => [allocation.targetType, allocation.targetId, allocation.amount])).toEqual([
      ['INSTALLMENT', 'plan-1-i1', 30_000n],
      ['PROMISE', 'promise-early', 20_000n],
      ['PROMISE', 'promise-late', 40_000n],
    ]);
  });

  it('judges each target it paid', () => {
    const scenario = mixedAccount().pay('pay-1', 90_000n, bogota('2026-03-05T10:00'));

    expect(scenario.installment('plan-1', 1).status).toBe('KEPT');
    expect(scenario.installment('plan-1', 2).paidAmount).toBe(0n);
    expect(scenario.promiseById('promise-early').status).toBe('KEPT');
    expect(scenario.promiseById('promise-late').status).toBe('PENDING');
    expect(scenario.promiseById('promise-late').paidAmount).toBe(40_000n);
    expect(scenario.eventTypes()).toEqual(['PaymentApplied', 'InstallmentKept', 'PromiseKept']);
  });

  it('stores one allocation row per target', () => {
    const scenario = mixedAccount().pay('pay-1', 90_000n, bogota('2026-03-05T10:00'));

    expect(scenario.state.allocations).toHaveLength(3);
    expect(scenario.state.allocations[0]).toEqual({
      paymentId: 'pay-1',
      targetType: 'INSTALLMENT',
      targetId: 'plan-1-i1',
      planId: 'plan-1',
      amount: 30_000n,
      timing: 'ON_TIME',
      allocatedAt: bogota('2026-03-05T10:00'),
      reversedAt: null,
    });
  });
});

describe('applyPayment after the deadline', () => {
  it('breaks still-pending promise first', () => {
    const scenario = new AccountScenario().promise('p1', 100_000n, '2026-03-10').pay('pay-1', 100_000n, bogota('2026-03-12T09:00'));

    expect(scenario.eventTypes()).toEqual(['PromiseBroken', 'PaymentApplied']);
    expect(scenario.promiseById('p1').status).toBe('BROKEN');
    expect(scenario.promiseById('p1').paidAmount).toBe(0n);
    expect(scenario.paymentById('pay-1').unallocatedAmount).toBe(100_000n);
  });

  it('moves late payment to next target', () => {
    const scenario = new AccountScenario()
      .promise('p1', 100_000n, '2026-03-10')
      .promise('p2', 50_000n, '2026-03-20')
      .pay('pay-1', 100_000n, bogota('2026-03-12T09:00'));

    expect(scenario.promiseById('p1').status).toBe('BROKEN');
    expect(scenario.promiseById('p2').status).toBe('KEPT');
    expect(scenario.paymentById('pay-1').unallocatedAmount).toBe(50_000n);
  });

  it('records paid late when configured', () => {
    const scenario = new AccountScenario(settingsWith({ allocateLatePayments: true }))
      .promise('p1', 100_000n, '2026-03-10')
      .pay('pay-1', 60_000n, bogota('2026-03-12T09:00'));

    expect(scenario.promiseById('p1')).toMatchObject({ status: 'BROKEN', paidAmount: 0n, paidLateAmount: 60_000n });
    expect(paymentApplied(scenario).allocations[0]).toMatchObject({ targetId: 'p1', amount: 60_000n, timing: 'LATE' });
  });

  it('caps late payment at open amount', () => {
    const scenario = new AccountScenario(settingsWith({ allocateLatePayments: true }))
      .promise('p1', 100_000n, '2026-03-10')
      .pay('pay-1', 30_000n, bogota('2026-03-09T09:00'))
      .pay('pay-2', 100_000n, bogota('2026-03-12T09:00'));

    expect(scenario.promiseById('p1')).toMatchObject({ status: 'BROKEN', paidAmount: 30_000n, paidLateAmount: 70_000n });
    expect(scenario.paymentById('pay-2').unallocatedAmount).toBe(30_000n);
  });

  it('keeps broken promise with in-time payment', () => {
    const scenario = new AccountScenario()
      .promise('p1', 100_000n, '2026-03-10')
      .runScheduler(bogota('2026-03-11T00:05'))
      .pay('pay-1', 100_000n, bogota('2026-03-10T18:00'));

    expect(scenario.promiseById('p1').status).toBe('KEPT');
    expect(scenario.events[1]).toMatchObject({ type: 'PromiseKept', previousStatus: 'BROKEN' });
  });
});

describe('applyPayment with grace days', () => {
  const cases = [
    { name: 'business days cover weekend and holiday', counting: 'BUSINESS_DAYS' as const, status: 'KEPT' },
    { name: 'calendar days end on Sunday', counting: 'CALENDAR_DAYS' as const, status: 'BROKEN' },
  ];

  it.each(cases)('$name', ({ counting, status }) => {
    const scenario = new AccountScenario(settingsWith({ graceDayCounting: counting }))
      .promise('p1', 100_000n, '2026-03-20', { graceDays: 2 })
      .pay('pay-1', 100_000n, bogota('2026-03-24T12:00'));

    expect(scenario.promiseById('p1').status).toBe(status);
  });

  it.each([
    { counting: 'BUSINESS_DAYS' as const, deadline: '2026-03-25' },
    { counting: 'CALENDAR_DAYS' as const, deadline: '2026-03-22' },
  ])('stores $counting deadline', ({ counting, deadline }) => {
    const scenario = new AccountScenario(settingsWith({ graceDayCounting: counting })).promise('p1', 100_000n, '2026-03-20', { graceDays: 2 });

    expect(scenario.promiseById('p1').deadlineDate).toBe(deadline);
  });
});

describe('applyPayment idempotency', () => {
  it('ignores duplicated payment', () => {
    const scenario = new AccountScenario().promise('p1', 100_000n, '2026-03-10').pay('pay-1', 40_000n, bogota('2026-03-05T10:00'));
    const before = scenario.state;

    scenario.pay('pay-1', 40_000n, bogota('2026-03-05T10:00'));

    expect(scenario.lastDuplicate).toBe(true);
    expect(scenario.events).toEqual([]);
    expect(scenario.state).toBe(before);
    expect(scenario.promiseById('p1').paidAmount).toBe(40_000n);
  });

  it('rejects same id with other amount', () => {
    const scenario = new AccountScenario().pay('pay-1', 40_000n, bogota('2026-03-05T10:00'));
    const conflicting: PaymentReceived = {
      paymentId: 'pay-1',
      accountId: ACCOUNT_ID,
      amount: 41_000n,
      currency: 'COP',
      paidAt: bogota('2026-03-05T10:00'),
      valueDate: '2026-03-05',
      channel: 'BRANCH',
      bankReference: null,
    };

    const decision = applyPayment(scenario.state, conflicting, scenario.settings);

    expect(decision.ok).toBe(false);
    expect(decision.ok ? [] : decision.errors.map((error) => error.code)).toEqual(['PAYMENT_ID_CONFLICT']);
  });
});

describe('applyPayment validation', () => {
  const valid: PaymentReceived = {
    paymentId: 'pay-1',
    accountId: ACCOUNT_ID,
    amount: 10_000n,
    currency: 'COP',
    paidAt: bogota('2026-03-05T10:00'),
    valueDate: '2026-03-05',
    channel: 'CORRESPONDENT',
    bankReference: 'REF-1',
  };

  it.each([
    { name: 'zero amount', change: { amount: 0n }, code: 'AMOUNT_NOT_POSITIVE', field: 'amount' },
    { name: 'other account', change: { accountId: 'ACC-999' }, code: 'ACCOUNT_MISMATCH', field: 'accountId' },
    { name: 'lower-case currency', change: { currency: 'cop' }, code: 'INVALID_CURRENCY', field: 'currency' },
    { name: 'invalid paid-at', change: { paidAt: new Date('not a date') }, code: 'INVALID_DATE', field: 'paidAt' },
    { name: 'invalid value date', change: { valueDate: '2026-02-30' }, code: 'INVALID_DATE', field: 'valueDate' },
    { name: 'blank payment id', change: { paymentId: ' ' }, code: 'REQUIRED', field: 'paymentId' },
  ])('rejects $name', ({ change, code, field }) => {
    const decision = applyPayment(emptyAccountState(ACCOUNT_ID), { ...valid, ...change }, settingsWith());

    expect(decision.ok ? [] : decision.errors).toEqual([expect.objectContaining({ code, field })]);
  });
});
