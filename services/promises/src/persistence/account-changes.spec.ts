import {
  applyPayment,
  createPromise,
  DEFAULT_PROMISES_SETTINGS,
  emptyAccountState,
  reversePayment,
  type AccountState,
  type BusinessCalendar,
  type Decision,
} from '../domain';
import { AccountChanges } from './account-changes';
import { nextDeadlineDateOf } from './next-deadline';

const weekdays: BusinessCalendar = { isBusinessDay: (date) => ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay()) };
const now = new Date('2026-03-02T14:00:00Z');
const settings = { ...DEFAULT_PROMISES_SETTINGS, supersedePendingPromises: false };

function accepted(decision: Decision): AccountState {
  if (!decision.ok) {
    throw new Error(JSON.stringify(decision.errors));
  }
  return decision.state;
}

function withPromise(state: AccountState, promiseId: string, dueDate: string): AccountState {
  const command = { promiseId, debtorId: 'CC-1', accountId: state.accountId, agentId: 'ag-1', amount: 1000n, dueDate };
  return accepted(createPromise(state, command, { settings, calendar: weekdays, now }));
}

const payment = (paymentId: string, amount: bigint) => ({
  paymentId,
  accountId: 'CRED-1',
  amount,
  currency: 'COP',
  paidAt: new Date('2026-03-03T15:00:00Z'),
  valueDate: '2026-03-03',
  channel: 'PSE' as const,
  bankReference: null,
});

describe('AccountChanges', () => {
  it('marks records absent from the loaded state as new', () => {
    const loaded = emptyAccountState('CRED-1');
    const created = withPromise(loaded, 'p-1', '2026-03-10');
    const paid = accepted(applyPayment(created, payment('PAY-1', 400n), settings));
    const changes = new AccountChanges();

    changes.record(loaded, created, 'agent:ag-1', 'event-1');
    changes.record(created, paid, 'service:promises', 'event-2');

    expect(changes.promises.get('p-1')).toMatchObject({ isNew: true, actor: 'service:promises', record: { paidAmount: 400n } });
    expect(changes.payments.get('PAY-1')?.isNew).toBe(true);
    expect([...changes.allocations.values()].map((change) => change.isNew)).toEqual([true]);
  });

  it('marks records of the loaded state as changed', () => {
    const loaded = withPromise(emptyAccountState('CRED-1'), 'p-1', '2026-03-10');
    const paid = accepted(applyPayment(loaded, payment('PAY-1', 400n), settings));
    const changes = new AccountChanges();

    changes.record(loaded, paid, 'service:promises', 'event-1');

    expect(changes.promises.get('p-1')?.isNew).toBe(false);
    expect(changes.payments.get('PAY-1')?.isNew).toBe(true);
  });

  it('keeps unchanged records out', () => {
    const loaded = withPromise(withPromise(emptyAccountState('CRED-1'), 'p-1', '2026-03-10'), 'p-2', '2026-03-20');
    const paid = accepted(applyPayment(loaded, payment('PAY-1', 400n), settings));
    const changes = new AccountChanges();

    changes.record(loaded, paid, 'service:promises', 'event-1');

    expect([...changes.promises.keys()]).toEqual(['p-1']);
  });

  it('drops a reversal held and released in the same batch', () => {
    const loaded = withPromise(emptyAccountState('CRED-1'), 'p-1', '2026-03-10');
    const held = accepted(reversePayment(loaded, { paymentId: 'PAY-1', reversedAt: new Date('2026-03-03T16:00:00Z'), reason: 'Cheque devuelto' }));
    const arrived = accepted(applyPayment(held, payment('PAY-1', 400n), settings));
    const changes = new AccountChanges();

    changes.record(loaded, held, 'system:bank', 'event-1');
    expect([...changes.heldReversals.keys()]).toEqual(['PAY-1']);
    changes.record(held, arrived, 'system:bank', 'event-2');

    expect(changes.heldReversals.size).toBe(0);
    expect(changes.releasedReversals.size).toBe(0);
    expect(changes.payments.get('PAY-1')?.record.status).toBe('REVERSED');
  });

  it('releases a stored held reversal when its payment arrives', () => {
    const loaded = accepted(reversePayment(emptyAccountState('CRED-1'), { paymentId: 'PAY-1', reversedAt: new Date('2026-03-03T16:00:00Z'), reason: 'Cheque devuelto' }));
    const arrived = accepted(applyPayment(loaded, payment('PAY-1', 400n), settings));
    const changes = new AccountChanges();

    changes.record(loaded, arrived, 'system:bank', 'event-1');

    expect([...changes.releasedReversals]).toEqual(['PAY-1']);
  });
});

describe('nextDeadlineDateOf', () => {
  it('is the earliest deadline of the pending promises', () => {
    const state = withPromise(withPromise(emptyAccountState('CRED-1'), 'p-1', '2026-03-20'), 'p-2', '2026-03-10');

    expect(nextDeadlineDateOf(state)).toBe('2026-03-10');
  });

  it('is null when nothing is pending', () => {
    const paid = accepted(applyPayment(withPromise(emptyAccountState('CRED-1'), 'p-1', '2026-03-10'), payment('PAY-1', 1000n), settings));

    expect(nextDeadlineDateOf(paid)).toBeNull();
  });
});
