import { AccountDispute, PendingPromise } from './contact-facts';
import { ContactPolicyEngine } from './contact-policy-engine';
import { ACCOUNT_ID, bogota, codesOf, contactAt, factsWith, settingsWith } from './test/policy-fixtures';

describe('open dispute', () => {
  const engine = new ContactPolicyEngine();
  const dispute = (overrides: Partial<AccountDispute> = {}): AccountDispute => ({
    disputeId: 'dispute-1',
    accountId: ACCOUNT_ID,
    openedAt: bogota('2026-03-05 10:00'),
    resolvedAt: null,
    ...overrides,
  });

  it.each<[string, AccountDispute[], readonly string[], string[]]>([
    ['an open dispute on the account', [dispute()], [ACCOUNT_ID], ['DISPUTE_OPEN']],
    ['a resolved dispute', [dispute({ resolvedAt: bogota('2026-03-09 10:00') })], [ACCOUNT_ID], []],
    ['a dispute opened after the instant', [dispute({ openedAt: bogota('2026-03-11 10:00') })], [ACCOUNT_ID], []],
    ['an open dispute on another account', [dispute({ accountId: 'account-2' })], [ACCOUNT_ID], []],
    ['an open dispute and a contact naming no account', [dispute({ accountId: 'account-2' })], [], ['DISPUTE_OPEN']],
  ])('given %s, when a call is tried, then reasons are %j', (_given, disputes, accountIds, codes) => {
    const decision = engine.evaluate(contactAt('2026-03-10 10:00', { accountIds }), factsWith({ disputes }));

    expect(codesOf(decision)).toEqual(codes);
  });

  it('lists the open disputes and finds no next instant while they stay open', () => {
    const decision = engine.evaluate(contactAt('2026-03-10 10:00'), factsWith({ disputes: [dispute(), dispute({ disputeId: 'dispute-2' })] }));

    expect(decision.reasons[0].details).toEqual({ disputeIds: 'dispute-1, dispute-2' });
    expect(decision.nextAllowedAt).toBeNull();
  });

  it('allows again from the resolution, inside the window', () => {
    const resolvedTomorrow = dispute({ resolvedAt: bogota('2026-03-11 11:15') });

    const decision = engine.evaluate(contactAt('2026-03-10 10:00'), factsWith({ disputes: [resolvedTomorrow] }));

    expect(decision.nextAllowedAt).toEqual(bogota('2026-03-11 11:15'));
  });

  it('allows again at the next window start after a resolution at night', () => {
    const resolvedAtNight = dispute({ resolvedAt: bogota('2026-03-11 21:00') });

    const decision = engine.evaluate(contactAt('2026-03-10 10:00'), factsWith({ disputes: [resolvedAtNight] }));

    expect(decision.nextAllowedAt).toEqual(bogota('2026-03-12 07:00'));
  });

  it('can be switched off by an administrator', () => {
    const lenient = new ContactPolicyEngine(settingsWith({ openDispute: { disputeBlocksContact: false } }));

    expect(codesOf(lenient.evaluate(contactAt('2026-03-10 10:00'), factsWith({ disputes: [dispute()] })))).toEqual([]);
  });
});

describe('pending promise', () => {
  // Due Wednesday 11 March with 2 grace days: pending until the end of Friday 13 March.
  const promise: PendingPromise = {
    promiseId: 'promise-1',
    accountId: ACCOUNT_ID,
    createdAt: bogota('2026-03-06 10:00'),
    dueDate: '2026-03-11',
    graceDays: 2,
  };
  const blocking = new ContactPolicyEngine(settingsWith({ pendingPromise: { promisePendingBlocksContact: true } }));

  it('does not block contact by default', () => {
    const decision = new ContactPolicyEngine().evaluate(contactAt('2026-03-10 10:00'), factsWith({ pendingPromises: [promise] }));

    expect(decision.outcome).toBe('allowed');
  });

  it.each([
    ['before the promise was made', '2026-03-05 10:00', []],
    ['on the due date', '2026-03-11 10:00', ['PROMISE_PENDING']],
    ['on the last grace day', '2026-03-13 18:00', ['PROMISE_PENDING']],
    ['the day after the grace period', '2026-03-14 10:00', []],
  ])('blocks when switched on: %s (%s) gives %j', (_case, dateTime, codes) => {
    const decision = blocking.evaluate(contactAt(dateTime), factsWith({ pendingPromises: [promise] }));

    expect(codesOf(decision)).toEqual(codes);
  });

  it('allows again at the first window after the grace period', () => {
    const decision = blocking.evaluate(contactAt('2026-03-11 10:00'), factsWith({ pendingPromises: [promise] }));

    expect(decision.reasons[0].details).toEqual({ promiseIds: 'promise-1' });
    expect(decision.nextAllowedAt).toEqual(bogota('2026-03-14 08:00'));
  });
});
