import { reversePayment } from './reverse-payment';
import type { PaymentReversed } from './events';
import { AccountScenario, bogota, settingsWith } from './test/fixtures';

describe('reversePayment of a kept promise', () => {
  const cases = [
    {
      name: 'before deadline reopens',
      reversedAt: bogota('2026-03-08T10:00'),
      status: 'PENDING',
      events: ['PaymentReversed', 'PromiseReopened'],
    },
    {
      name: 'on deadline day reopens',
      reversedAt: bogota('2026-03-10T23:59'),
      status: 'PENDING',
      events: ['PaymentReversed', 'PromiseReopened'],
    },
    {
      name: 'after deadline breaks',
      reversedAt: bogota('2026-03-11T00:00'),
      status: 'BROKEN',
      events: ['PaymentReversed', 'PromiseBroken'],
    },
  ];

  it.each(cases)('$name', ({ reversedAt, status, events }) => {
    const scenario = new AccountScenario()
      .promise('p1', 100_000n, '2026-03-10')
      .pay('pay-1', 100_000n, bogota('2026-03-05T10:00'))
      .reverse('pay-1', reversedAt);

    expect(scenario.promiseById('p1').status).toBe(status);
    expect(scenario.promiseById('p1').paidAmount).toBe(0n);
    expect(scenario.eventTypes()).toEqual(events);
  });

  it('names reversed payment on broken promise', () => {
    const scenario = new AccountScenario()
      .promise('p1', 100_000n, '2026-03-10')
      .pay('pay-1', 100_000n, bogota('2026-03-05T10:00'))
      .reverse('pay-1', bogota('2026-03-12T10:00'));

    expect(scenario.events[1]).toMatchObject({ type: 'PromiseBroken', previousStatus: 'KEPT', reversedPaymentId: 'pay-1' });
  });

  it('keeps other payments of the promise', () => {
    const scenario = new AccountScenario()
      .promise('p1', 100_000n, '2026-03-10')
      .pay('pay-1', 60_000n, bogota('2026-03-05T10:00'))
      .pay('pay-2', 40_000n, bogota('2026-03-06T10:00'))
      .reverse('pay-1', bogota('2026-03-07T10:00'));

    expect(scenario.promiseById('p1')).toMatchObject({ status: 'PENDING', paidAmount: 40_000n });
  });

  it('leaves kept promise above threshold', () => {
    const scenario = new AccountScenario(settingsWith({ promiseKeptThresholdBasisPoints: 9_000 }))
      .promise('p1', 100_000n, '2026-03-10')
      .pay('pay-1', 95_000n, bogota('2026-03-05T10:00'))
      .pay('pay-2', 5_000n, bogota('2026-03-06T10:00'));
    expect(scenario.paymentById('pay-2').unallocatedAmount).toBe(5_000n);

    scenario.reverse('pay-2', bogota('2026-03-07T10:00'));

    expect(scenario.promiseById('p1')).toMatchObject({ status: 'KEPT', paidAmount: 95_000n });
    expect(scenario.eventTypes()).toEqual(['PaymentReversed']);
  });

  it('marks allocations reversed and keeps them', () => {
    const scenario = new AccountScenario()
      .promise('p1', 100_000n, '2026-03-10')
      .pay('pay-1', 100_000n, bogota('2026-03-05T10:00'))
      .reverse('pay-1', bogota('2026-03-08T10:00'), 'Fondos insuficientes');

    expect(scenario.state.allocations).toEqual([expect.objectContaining({ paymentId: 'pay-1', amount: 100_000n, reversedAt: bogota('2026-03-08T10:00') })]);
    expect(scenario.paymentById('pay-1')).toMatchObject({ status: 'REVERSED', reversalReason: 'Fondos insuficientes' });
    const reversed = scenario.events[0] as PaymentReversed;
    expect(reversed.releasedAllocations).toEqual([expect.objectContaining({ targetId: 'p1', amount: 100_000n, reversedAt: null })]);
    expect(reversed.reversalArrivedFirst).toBe(false);
  });

  it('removes late amount from broken promise', () => {
    const scenario = new AccountScenario(settingsWith({ allocateLatePayments: true }))
      .promise('p1', 100_000n, '2026-03-10')
      .pay('pay-1', 60_000n, bogota('2026-03-12T10:00'))
      .reverse('pay-1', bogota('2026-03-13T10:00'));

    expect(scenario.promiseById('p1')).toMatchObject({ status: 'BROKEN', paidLateAmount: 0n });
    expect(scenario.eventTypes()).toEqual(['PaymentReversed']);
  });

  it('frees amount for a later payment', () => {
    const scenario = new AccountScenario()
      .promise('p1', 100_000n, '2026-03-10')
      .pay('pay-1', 100_000n, bogota('2026-03-05T10:00'))
      .reverse('pay-1', bogota('2026-03-06T10:00'))
      .pay('pay-2', 100_000n, bogota('2026-03-07T10:00'));

    expect(scenario.promiseById('p1')).toMatchObject({ status: 'KEPT', paidAmount: 100_000n });
  });
});

describe('reversePayment arriving before its payment', () => {
  it('holds reversal until payment arrives', () => {
    const scenario = new AccountScenario().promise('p1', 100_000n, '2026-03-10').reverse('pay-1', bogota('2026-03-06T10:00'));

    expect(scenario.eventTypes()).toEqual(['PaymentReversalHeld']);
    expect(scenario.state.pendingReversals).toEqual([{ paymentId: 'pay-1', reversedAt: bogota('2026-03-06T10:00'), reason: 'Cheque devuelto' }]);
  });

  it('records payment reversed on arrival', () => {
    const scenario = new AccountScenario()
      .promise('p1', 100_000n, '2026-03-10')
      .reverse('pay-1', bogota('2026-03-06T10:00'))
      .pay('pay-1', 100_000n, bogota('2026-03-05T10:00'));

    expect(scenario.eventTypes()).toEqual(['PaymentReversed']);
    expect(scenario.events[0]).toMatchObject({ paymentId: 'pay-1', releasedAllocations: [], reversalArrivedFirst: true });
    expect(scenario.paymentById('pay-1')).toMatchObject({ status: 'REVERSED', reversedAt: bogota('2026-03-06T10:00') });
    expect(scenario.state.allocations).toEqual([]);
    expect(scenario.state.pendingReversals).toEqual([]);
    expect(scenario.promiseById('p1')).toMatchObject({ status: 'PENDING', paidAmount: 0n });
  });

  it('ignores duplicated held reversal', () => {
    const scenario = new AccountScenario().reverse('pay-1', bogota('2026-03-06T10:00'));
    const before = scenario.state;

    scenario.reverse('pay-1', bogota('2026-03-06T10:00'));

    expect(scenario.lastDuplicate).toBe(true);
    expect(scenario.state).toBe(before);
  });
});

describe('reversePayment idempotency', () => {
  it.each([
    { name: 'after applied reversal', arrivedFirst: false },
    { name: 'after held reversal', arrivedFirst: true },
  ])('ignores duplicated reversal $name', ({ arrivedFirst }) => {
    const scenario = new AccountScenario().promise('p1', 100_000n, '2026-03-10');
    if (arrivedFirst) {
      scenario.reverse('pay-1', bogota('2026-03-06T10:00')).pay('pay-1', 100_000n, bogota('2026-03-05T10:00'));
    } else {
      scenario.pay('pay-1', 100_000n, bogota('2026-03-05T10:00')).reverse('pay-1', bogota('2026-03-06T10:00'));
    }
    const before = scenario.state;

    scenario.reverse('pay-1', bogota('2026-03-06T10:00'));

    expect(scenario.lastDuplicate).toBe(true);
    expect(scenario.events).toEqual([]);
    expect(scenario.state).toBe(before);
  });

  it('ignores payment redelivered after reversal', () => {
    const scenario = new AccountScenario()
      .promise('p1', 100_000n, '2026-03-10')
      .pay('pay-1', 100_000n, bogota('2026-03-05T10:00'))
      .reverse('pay-1', bogota('2026-03-06T10:00'));
    const before = scenario.state;

    scenario.pay('pay-1', 100_000n, bogota('2026-03-05T10:00'));

    expect(scenario.lastDuplicate).toBe(true);
    expect(scenario.state).toBe(before);
    expect(scenario.promiseById('p1').paidAmount).toBe(0n);
  });

  it('rejects reversal without payment id', () => {
    const scenario = new AccountScenario();

    const decision = reversePayment(scenario.state, { paymentId: '', reversedAt: bogota('2026-03-06T10:00'), reason: 'x' });

    expect(decision.ok ? [] : decision.errors.map((error) => error.code)).toEqual(['REQUIRED']);
  });
});

describe('reversePayment on payment plans', () => {
  function completedPlan(): AccountScenario {
    return new AccountScenario()
      .plan({
        totalAmount: 60_000n,
        installments: [
          { installmentId: 'plan-1-i1', dueDate: '2026-03-10', amount: 30_000n },
          { installmentId: 'plan-1-i2', dueDate: '2026-03-20', amount: 30_000n },
        ],
      })
      .pay('pay-1', 60_000n, bogota('2026-03-05T10:00'));
  }

  it('completes plan paid in one payment', () => {
    const scenario = completedPlan();

    expect(scenario.planById('plan-1').status).toBe('COMPLETED');
    expect(scenario.eventTypes()).toEqual(['PaymentApplied', 'InstallmentKept', 'InstallmentKept', 'PlanCompleted']);
  });

  it('reactivates completed plan before deadlines', () => {
    const scenario = completedPlan().reverse('pay-1', bogota('2026-03-06T10:00'));

    expect(scenario.planById('plan-1').status).toBe('ACTIVE');
    expect(scenario.installment('plan-1', 1).status).toBe('PENDING');
    expect(scenario.installment('plan-1', 2).status).toBe('PENDING');
    expect(scenario.eventTypes()).toEqual(['PaymentReversed', 'InstallmentReopened', 'InstallmentReopened', 'PlanReactivated']);
    expect(scenario.events[3]).toMatchObject({ previousStatus: 'COMPLETED' });
  });

  it('reactivates with one missed installment', () => {
    const scenario = completedPlan().reverse('pay-1', bogota('2026-03-12T10:00'));

    expect(scenario.installment('plan-1', 1).status).toBe('MISSED');
    expect(scenario.installment('plan-1', 2).status).toBe('PENDING');
    expect(scenario.planById('plan-1').status).toBe('ACTIVE');
  });

  it('defaults completed plan after deadlines', () => {
    const scenario = completedPlan().reverse('pay-1', bogota('2026-03-25T10:00'));

    expect(scenario.installment('plan-1', 1).status).toBe('MISSED');
    expect(scenario.installment('plan-1', 2).status).toBe('MISSED');
    expect(scenario.planById('plan-1').status).toBe('DEFAULTED');
    expect(scenario.eventTypes()).toEqual(['PaymentReversed', 'InstallmentMissed', 'InstallmentMissed', 'PlanDefaulted']);
    expect(scenario.events[3]).toMatchObject({ missedInstallments: 2, defaultedAt: bogota('2026-03-25T10:00') });
  });
});
