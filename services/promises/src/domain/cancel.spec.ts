import { cancelPaymentPlan } from './cancel-payment-plan';
import { cancelPromise } from './cancel-promise';
import { AccountScenario, bogota } from './test/fixtures';

describe('cancelPromise', () => {
  it('cancels pending promise', () => {
    const scenario = new AccountScenario().promise('p1', 100_000n, '2026-03-10').cancelPromise('p1', bogota('2026-03-04T10:00'));

    expect(scenario.promiseById('p1')).toMatchObject({ status: 'CANCELLED', cancellationReason: 'El deudor pidió anularla' });
    expect(scenario.events).toEqual([
      expect.objectContaining({ type: 'PromiseCancelled', promiseId: 'p1', cancelledBy: 'agent-1', cancelledAt: bogota('2026-03-04T10:00') }),
    ]);
  });

  it('treats second cancel as duplicate', () => {
    const scenario = new AccountScenario().promise('p1', 100_000n, '2026-03-10').cancelPromise('p1', bogota('2026-03-04T10:00'));

    scenario.cancelPromise('p1', bogota('2026-03-04T11:00'));

    expect(scenario.lastDuplicate).toBe(true);
  });

  it.each([
    { name: 'kept promise', code: 'PROMISE_NOT_PENDING', promiseId: 'p1' },
    { name: 'unknown promise', code: 'PROMISE_NOT_FOUND', promiseId: 'p9' },
  ])('rejects $name', ({ code, promiseId }) => {
    const scenario = new AccountScenario().promise('p1', 100_000n, '2026-03-10').pay('pay-1', 100_000n, bogota('2026-03-03T10:00'));

    const decision = cancelPromise(scenario.state, { promiseId, cancelledBy: 'agent-1', reason: 'x' }, bogota('2026-03-04T10:00'));

    expect(decision.ok ? [] : decision.errors.map((error) => error.code)).toEqual([code]);
  });

  it('stops allocating to cancelled promise', () => {
    const scenario = new AccountScenario()
      .promise('p1', 100_000n, '2026-03-10')
      .cancelPromise('p1', bogota('2026-03-04T10:00'))
      .pay('pay-1', 100_000n, bogota('2026-03-05T10:00'));

    expect(scenario.paymentById('pay-1').unallocatedAmount).toBe(100_000n);
  });
});

describe('cancelPaymentPlan', () => {
  it('cancels pending installments only', () => {
    const scenario = new AccountScenario()
      .plan()
      .pay('pay-1', 30_000n, bogota('2026-03-05T10:00'))
      .cancelPlan('plan-1', bogota('2026-03-20T10:00'));

    expect(scenario.planById('plan-1').status).toBe('CANCELLED');
    expect(scenario.planById('plan-1').installments.map((installment) => installment.status)).toEqual(['KEPT', 'CANCELLED', 'CANCELLED']);
    expect(scenario.eventTypes()).toEqual(['PlanCancelled']);
  });

  it('rejects defaulted plan', () => {
    const scenario = new AccountScenario().plan().runScheduler(bogota('2026-04-11T08:00'));

    const decision = cancelPaymentPlan(scenario.state, { planId: 'plan-1', cancelledBy: 'agent-1', reason: 'x' }, bogota('2026-04-12T08:00'));

    expect(decision.ok ? [] : decision.errors.map((error) => error.code)).toEqual(['PLAN_NOT_ACTIVE']);
  });

  it('stops allocating to cancelled plan', () => {
    const scenario = new AccountScenario()
      .plan()
      .cancelPlan('plan-1', bogota('2026-03-04T10:00'))
      .pay('pay-1', 30_000n, bogota('2026-03-05T10:00'));

    expect(scenario.paymentById('pay-1').unallocatedAmount).toBe(30_000n);
  });
});
