import { findOverdueTargets } from './overdue';
import { AccountScenario, bogota, settingsWith } from './test/fixtures';

describe('findOverdueTargets', () => {
  it.each([
    { name: 'day of deadline', now: '2026-03-10T12:00', overdue: [] },
    { name: 'last minute of deadline', now: '2026-03-10T23:59', overdue: [] },
    { name: 'midnight after deadline', now: '2026-03-11T00:00', overdue: ['p1'] },
    { name: 'after second deadline', now: '2026-03-21T00:00', overdue: ['p1', 'p2'] },
  ])('$name', ({ now, overdue }) => {
    const scenario = new AccountScenario().promise('p1', 100_000n, '2026-03-10').promise('p2', 50_000n, '2026-03-20');

    expect(findOverdueTargets(scenario.state, bogota(now)).map((target) => target.id)).toEqual(overdue);
  });

  it('skips kept and superseded promises', () => {
    const scenario = new AccountScenario(settingsWith({ supersedePendingPromises: true }))
      .promise('kept', 100_000n, '2026-03-10')
      .pay('pay-1', 100_000n, bogota('2026-03-05T10:00'))
      .promise('superseded', 50_000n, '2026-03-10')
      .promise('pending', 50_000n, '2026-03-10');

    expect(findOverdueTargets(scenario.state, bogota('2026-03-12T00:00')).map((target) => target.id)).toEqual(['pending']);
  });
});

describe('breakOverdueTargets', () => {
  it('breaks promise with partial payment', () => {
    const scenario = new AccountScenario()
      .promise('p1', 100_000n, '2026-03-10')
      .pay('pay-1', 40_000n, bogota('2026-03-05T10:00'))
      .runScheduler(bogota('2026-03-11T00:05'));

    expect(scenario.promiseById('p1')).toMatchObject({ status: 'BROKEN', paidAmount: 40_000n, resolvedAt: bogota('2026-03-11T00:05') });
    expect(scenario.events).toEqual([
      {
        type: 'PromiseBroken',
        promiseId: 'p1',
        accountId: 'ACC-001',
        debtorId: 'debtor-1',
        amount: 100_000n,
        paidAmount: 40_000n,
        deadlineDate: '2026-03-10',
        brokenAt: bogota('2026-03-11T00:05'),
        previousStatus: 'PENDING',
        reversedPaymentId: null,
      },
    ]);
  });

  it('does nothing on second run', () => {
    const scenario = new AccountScenario().promise('p1', 100_000n, '2026-03-10').runScheduler(bogota('2026-03-11T00:05'));

    scenario.runScheduler(bogota('2026-03-11T00:10'));

    expect(scenario.events).toEqual([]);
  });

  it('respects business-day grace over holiday', () => {
    const scenario = new AccountScenario().promise('p1', 100_000n, '2026-03-20', { graceDays: 2 });

    scenario.runScheduler(bogota('2026-03-25T23:00'));
    expect(scenario.promiseById('p1').status).toBe('PENDING');

    scenario.runScheduler(bogota('2026-03-26T00:00'));
    expect(scenario.promiseById('p1').status).toBe('BROKEN');
  });
});

describe('breakOverdueTargets on payment plans', () => {
  const missedRuns = ['2026-03-11T08:00', '2026-04-11T08:00', '2026-05-12T08:00'];

  it.each([
    { defaultAfter: 1, statuses: ['DEFAULTED', 'DEFAULTED', 'DEFAULTED'], missedAfterLastRun: 1 },
    { defaultAfter: 2, statuses: ['ACTIVE', 'DEFAULTED', 'DEFAULTED'], missedAfterLastRun: 2 },
    { defaultAfter: 3, statuses: ['ACTIVE', 'ACTIVE', 'DEFAULTED'], missedAfterLastRun: 3 },
  ])('defaults after $defaultAfter missed', ({ defaultAfter, statuses, missedAfterLastRun }) => {
    const scenario = new AccountScenario(settingsWith({ defaultAfterMissedInstallments: defaultAfter })).plan();

    const observed = missedRuns.map((now) => scenario.runScheduler(bogota(now)).planById('plan-1').status);

    expect(observed).toEqual(statuses);
    expect(scenario.planById('plan-1').installments.filter((installment) => installment.status === 'MISSED')).toHaveLength(missedAfterLastRun);
    expect(scenario.allEvents.filter((event) => event.type === 'PlanDefaulted')).toHaveLength(1);
  });

  it('emits missed then defaulted', () => {
    const scenario = new AccountScenario().plan().runScheduler(bogota('2026-03-11T08:00')).runScheduler(bogota('2026-04-11T08:00'));

    expect(scenario.eventTypes()).toEqual(['InstallmentMissed', 'PlanDefaulted']);
    expect(scenario.events[1]).toMatchObject({ planId: 'plan-1', missedInstallments: 2 });
  });

  it('misses partly paid installment', () => {
    const scenario = new AccountScenario()
      .plan()
      .pay('pay-1', 20_000n, bogota('2026-03-09T10:00'))
      .runScheduler(bogota('2026-03-11T08:00'));

    expect(scenario.installment('plan-1', 1)).toMatchObject({ status: 'MISSED', paidAmount: 20_000n });
    expect(scenario.planById('plan-1').status).toBe('ACTIVE');
  });

  it('stops payments to defaulted plan', () => {
    const scenario = new AccountScenario()
      .plan()
      .runScheduler(bogota('2026-04-11T08:00'))
      .pay('pay-1', 30_000n, bogota('2026-04-15T10:00'));

    expect(scenario.planById('plan-1').status).toBe('DEFAULTED');
    expect(scenario.installment('plan-1', 3).paidAmount).toBe(0n);
    expect(scenario.paymentById('pay-1').unallocatedAmount).toBe(30_000n);
  });

  it('completes plan installment by installment', () => {
    const scenario = new AccountScenario()
      .plan({
        totalAmount: 100_000n,
        downPayment: { installmentId: 'plan-1-down', dueDate: '2026-03-03', amount: 10_000n },
      })
      .pay('pay-0', 10_000n, bogota('2026-03-03T10:00'))
      .pay('pay-1', 30_000n, bogota('2026-03-10T10:00'))
      .pay('pay-2', 30_000n, bogota('2026-04-10T10:00'))
      .runScheduler(bogota('2026-04-20T10:00'));
    expect(scenario.planById('plan-1').status).toBe('ACTIVE');

    scenario.pay('pay-3', 30_000n, bogota('2026-05-11T10:00'));

    expect(scenario.planById('plan-1').installments.map((installment) => [installment.number, installment.status])).toEqual([
      [0, 'KEPT'],
      [1, 'KEPT'],
      [2, 'KEPT'],
      [3, 'KEPT'],
    ]);
    expect(scenario.planById('plan-1').status).toBe('COMPLETED');
    expect(scenario.eventTypes()).toEqual(['PaymentApplied', 'InstallmentKept', 'PlanCompleted']);
  });

  it('skips installments of cancelled plan', () => {
    const scenario = new AccountScenario().plan().cancelPlan('plan-1', bogota('2026-03-05T10:00'));

    expect(findOverdueTargets(scenario.state, bogota('2026-06-01T00:00'))).toEqual([]);
  });
});
