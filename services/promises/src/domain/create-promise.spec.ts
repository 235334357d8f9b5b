import { emptyAccountState } from './account-state';
import { createPromise, validateCreatePromise, type CreatePromiseCommand } from './create-promise';
import { ACCOUNT_ID, AccountScenario, CREATION_NOW, bogota, promiseCommand, settingsWith, testCalendar } from './test/fixtures';

describe('validateCreatePromise', () => {
  const cases: Array<{ name: string; change: Partial<CreatePromiseCommand>; code: string; field: string }> = [
    { name: 'missing debtor', change: { debtorId: '' }, code: 'REQUIRED', field: 'debtorId' },
    { name: 'missing agent', change: { agentId: '  ' }, code: 'REQUIRED', field: 'agentId' },
    { name: 'zero amount', change: { amount: 0n }, code: 'AMOUNT_NOT_POSITIVE', field: 'amount' },
    { name: 'negative amount', change: { amount: -1n }, code: 'AMOUNT_NOT_POSITIVE', field: 'amount' },
    { name: 'lower-case currency', change: { currency: 'cop' }, code: 'INVALID_CURRENCY', field: 'currency' },
    { name: 'impossible due date', change: { dueDate: '2026-02-30' }, code: 'INVALID_DATE', field: 'dueDate' },
    { name: 'due date yesterday', change: { dueDate: '2026-03-01' }, code: 'DUE_DATE_IN_PAST', field: 'dueDate' },
    { name: 'due date past horizon', change: { dueDate: '2027-03-03' }, code: 'DUE_DATE_BEYOND_HORIZON', field: 'dueDate' },
    { name: 'negative grace days', change: { graceDays: -1 }, code: 'INVALID_GRACE_DAYS', field: 'graceDays' },
    { name: 'fractional grace days', change: { graceDays: 1.5 }, code: 'INVALID_GRACE_DAYS', field: 'graceDays' },
    { name: 'grace days above maximum', change: { graceDays: 31 }, code: 'INVALID_GRACE_DAYS', field: 'graceDays' },
  ];

  it.each(cases)('rejects $name', ({ change, code, field }) => {
    const errors = validateCreatePromise(promiseCommand(change), settingsWith(), CREATION_NOW);

    expect(errors).toEqual([expect.objectContaining({ code, field })]);
  });

  it.each([
    { name: 'due today', dueDate: '2026-03-02' },
    { name: 'due on last horizon day', dueDate: '2027-03-02' },
  ])('accepts $name', ({ dueDate }) => {
    expect(validateCreatePromise(promiseCommand({ dueDate }), settingsWith(), CREATION_NOW)).toEqual([]);
  });

  it('uses Bogota date for today', () => {
    const lateEveningInBogota = new Date('2026-03-03T04:00:00Z');

    expect(validateCreatePromise(promiseCommand({ dueDate: '2026-03-02' }), settingsWith(), lateEveningInBogota)).toEqual([]);
  });

  it('reports every error at once', () => {
    const errors = validateCreatePromise(promiseCommand({ amount: 0n, dueDate: 'soon', debtorId: '' }), settingsWith(), CREATION_NOW);

    expect(errors.map((error) => error.field)).toEqual(['debtorId', 'amount', 'dueDate']);
  });
});

describe('createPromise', () => {
  const context = { settings: settingsWith(), calendar: testCalendar, now: CREATION_NOW };

  it('creates pending promise with deadline', () => {
    const scenario = new AccountScenario().promise('p1', 100_000n, '2026-03-13', { graceDays: 1 });

    expect(scenario.promiseById('p1')).toEqual({
      id: 'p1',
      debtorId: 'debtor-1',
      accountId: ACCOUNT_ID,
      amount: 100_000n,
      currency: 'COP',
      dueDate: '2026-03-13',
      graceDays: 1,
      graceDayCounting: 'BUSINESS_DAYS',
      deadlineDate: '2026-03-16',
      keptThresholdBasisPoints: 10_000,
      interactionId: 'interaction-1',
      agentId: 'agent-1',
      createdAt: CREATION_NOW,
      status: 'PENDING',
      paidAmount: 0n,
      paidLateAmount: 0n,
      resolvedAt: null,
      supersededByPromiseId: null,
      cancellationReason: null,
    });
    expect(scenario.eventTypes()).toEqual(['PromiseCreated']);
  });

  it('rejects other account', () => {
    const decision = createPromise(emptyAccountState('ACC-999'), promiseCommand(), context);

    expect(decision.ok ? [] : decision.errors.map((error) => error.code)).toEqual(['ACCOUNT_MISMATCH']);
  });

  it('treats repeated command as duplicate', () => {
    const scenario = new AccountScenario().promise('p1', 100_000n, '2026-03-10');
    const before = scenario.state;

    scenario.promise('p1', 100_000n, '2026-03-10');

    expect(scenario.lastDuplicate).toBe(true);
    expect(scenario.state).toBe(before);
  });

  it('rejects same id with other amount', () => {
    const scenario = new AccountScenario().promise('p1', 100_000n, '2026-03-10');

    const decision = createPromise(scenario.state, promiseCommand({ promiseId: 'p1', amount: 90_000n, dueDate: '2026-03-10' }), context);

    expect(decision.ok ? [] : decision.errors.map((error) => error.code)).toEqual(['PROMISE_ID_CONFLICT']);
  });

  it.each([
    { supersede: true, oldStatus: 'SUPERSEDED', events: ['PromiseCreated', 'PromiseSuperseded'] },
    { supersede: false, oldStatus: 'PENDING', events: ['PromiseCreated'] },
  ])('supersede setting $supersede', ({ supersede, oldStatus, events }) => {
    const scenario = new AccountScenario(settingsWith({ supersedePendingPromises: supersede }))
      .promise('old', 100_000n, '2026-03-10')
      .promise('new', 80_000n, '2026-03-12', { now: bogota('2026-03-04T10:00') });

    expect(scenario.promiseById('old').status).toBe(oldStatus);
    expect(scenario.eventTypes()).toEqual(events);
  });

  it('links superseded promise to new one', () => {
    const scenario = new AccountScenario(settingsWith({ supersedePendingPromises: true }))
      .promise('old', 100_000n, '2026-03-10')
      .promise('new', 80_000n, '2026-03-12', { now: bogota('2026-03-04T10:00') });

    expect(scenario.promiseById('old')).toMatchObject({ supersededByPromiseId: 'new', resolvedAt: bogota('2026-03-04T10:00') });
    expect(scenario.events[1]).toMatchObject({ promiseId: 'old', supersededByPromiseId: 'new' });
  });

  it('does not supersede kept promise', () => {
    const scenario = new AccountScenario(settingsWith({ supersedePendingPromises: true }))
      .promise('old', 100_000n, '2026-03-10')
      .pay('pay-1', 100_000n, bogota('2026-03-03T10:00'))
      .promise('new', 80_000n, '2026-03-12', { now: bogota('2026-03-04T10:00') });

    expect(scenario.promiseById('old').status).toBe('KEPT');
  });
});
