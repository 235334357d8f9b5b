import { EventValidator, PromiseEventTypes, Topics, type CloudEvent } from '@bitacora/contracts';
import { HolidayCalendar } from '@bitacora/domain';
import { uuidv7 } from 'uuidv7';
import { installmentIdOf } from '../common/uuid-v5';
import {
  applyPayment,
  breakOverdueTargets,
  cancelPaymentPlan,
  cancelPromise,
  createPaymentPlan,
  createPromise,
  DEFAULT_PROMISES_SETTINGS,
  emptyAccountState,
  reversePayment,
  type AccountState,
  type Decision,
  type PromisesSettings,
} from '../domain';
import type { PaymentDetails } from './payment-event-data';
import { toOutgoingEvents, type EventLookups } from './to-outgoing-events';

const settings: PromisesSettings = { ...DEFAULT_PROMISES_SETTINGS, supersedePendingPromises: true, allocateLatePayments: true, defaultAfterMissedInstallments: 2 };
const calendar = new HolidayCalendar();
const bogota = (local: string) => new Date(`${local}-05:00`);
const created = bogota('2026-03-02T09:00');
const details = new Map<string, PaymentDetails>();
const lookups: EventLookups = { paymentDetails: (id) => details.get(id), portfolioOf: () => 'consumo-2026' };

/** Drives one account through real decisions and keeps the CloudEvents each one produced. */
class Account {
  state: AccountState;
  readonly published: CloudEvent<object>[] = [];

  constructor(accountId: string) {
    this.state = emptyAccountState(accountId);
  }

  run(decide: (state: AccountState) => Decision, at: Date): this {
    const decision = decide(this.state);
    if (!decision.ok) {
      throw new Error(JSON.stringify(decision.errors));
    }
    const outgoing = toOutgoingEvents({ before: this.state, after: decision.state, events: decision.events, context: { actor: 'agent:ag-17', decidedAt: at } }, Topics.promises, lookups);
    this.published.push(...outgoing.map(({ event }) => event as CloudEvent<object>));
    this.state = decision.state;
    return this;
  }

  promise(promiseId: string, dueDate: string): this {
    const command = { promiseId, debtorId: 'CC-1', accountId: this.state.accountId, agentId: 'ag-17', amount: 100_000n, dueDate };
    return this.run((state) => createPromise(state, command, { settings, calendar, now: created }), created);
  }

  plan(planId: string, dueDates: string[]): this {
    const installments = dueDates.map((dueDate, index) => ({ installmentId: installmentIdOf(planId, index + 1), dueDate, amount: 30_000n }));
    const command = { planId, debtorId: 'CC-1', accountId: this.state.accountId, agentId: 'ag-17', totalAmount: 30_000n * BigInt(dueDates.length), installments };
    return this.run((state) => createPaymentPlan(state, command, { settings, calendar, now: created }), created);
  }

  pay(paymentId: string, amount: bigint, paidAt: Date): this {
    details.set(paymentId, { eventId: uuidv7(), debtorId: 'CC-1', channel: 'pse', branch: null, correspondentAgent: null, valueDate: '2026-03-04' });
    const payment = { paymentId, accountId: this.state.accountId, amount, currency: 'COP', paidAt, valueDate: '2026-03-04', channel: 'PSE' as const, bankReference: null };
    return this.run((state) => applyPayment(state, payment, settings), paidAt);
  }

  reverse(paymentId: string, reversedAt: Date): this {
    return this.run((state) => reversePayment(state, { paymentId, reversedAt, reason: 'Cheque devuelto' }), reversedAt);
  }
}

describe('toOutgoingEvents', () => {
  const promises = new Account('CRED-A');
  const plans = new Account('CRED-B');
  const defaults = new Account('CRED-C');
  const [first, second, third] = [uuidv7(), uuidv7(), uuidv7()];
  const [completedPlan, defaultedPlan] = [uuidv7(), uuidv7()];

  promises
    .promise(first, '2026-03-10')
    .promise(second, '2026-03-12')
    .run((state) => cancelPromise(state, { promiseId: second, cancelledBy: 'agent:ag-17', reason: 'Pidió un acuerdo' }, created), created)
    .promise(third, '2026-03-05')
    .pay('PAY-1', 100_000n, bogota('2026-03-04T10:00'))
    .reverse('PAY-1', bogota('2026-03-04T18:00'))
    .reverse('PAY-2', bogota('2026-03-04T18:30'))
    .pay('PAY-2', 5_000n, bogota('2026-03-04T11:00'))
    .run((state) => breakOverdueTargets(state, bogota('2026-03-09T06:00')), bogota('2026-03-09T06:00'));
  plans
    .plan(completedPlan, ['2026-03-20'])
    .pay('PAY-3', 30_000n, bogota('2026-03-16T10:00'))
    .reverse('PAY-3', bogota('2026-03-17T10:00'))
    .run((state) => cancelPaymentPlan(state, { planId: completedPlan, cancelledBy: 'agent:ag-17', reason: 'Refinanciación' }, bogota('2026-03-18T10:00')), bogota('2026-03-18T10:00'));
  defaults.plan(defaultedPlan, ['2026-03-10', '2026-03-11']).run((state) => breakOverdueTargets(state, bogota('2026-03-13T06:00')), bogota('2026-03-13T06:00'));

  const published = [...promises.published, ...plans.published, ...defaults.published];

  it('produces every event type of the promises topic', () => {
    const types = new Set(published.map((event) => event.type));

    expect([...types].sort()).toEqual(Object.values(PromiseEventTypes).sort());
  });

  it('produces events that validate against the catalog', () => {
    const validator = new EventValidator();

    for (const event of published) {
      expect({ type: event.type, outcome: validator.validate(Topics.promises, JSON.stringify(event)) }).toEqual({ type: event.type, outcome: expect.objectContaining({ ok: true }) });
    }
  });

  it('states the lifecycle of the promises in order', () => {
    const lifecycle = promises.published.filter((event) => !event.type.includes('payment')).map((event) => `${event.type.split('.')[3]}:${(event.data as { promiseId: string }).promiseId.slice(-4)}`);

    expect(lifecycle).toEqual([
      `created:${first.slice(-4)}`,
      `created:${second.slice(-4)}`,
      `superseded:${first.slice(-4)}`,
      `cancelled:${second.slice(-4)}`,
      `created:${third.slice(-4)}`,
      `kept:${third.slice(-4)}`,
      `reopened:${third.slice(-4)}`,
      `broken:${third.slice(-4)}`,
    ]);
  });

  it('names the payment and previous status of a kept promise', () => {
    const kept = promises.published.find((event) => event.type === PromiseEventTypes.promiseKept);

    expect(kept).toMatchObject({ actor: 'agent:ag-17', data: { status: 'KEPT', previousStatus: 'PENDING', paymentId: 'PAY-1', paidAmount: '1000.00', deadlineDate: '2026-03-05' } });
  });

  it('reports the plan statuses with their previous status', () => {
    const statuses = [...plans.published, ...defaults.published]
      .filter((event) => event.type.startsWith('co.collections.plan.') && !event.type.includes('installment') && !event.type.endsWith('created.v1'))
      .map((event) => event.data as { status: string; previousStatus: string });

    expect(statuses.map((data) => `${data.previousStatus}->${data.status}`)).toEqual(['ACTIVE->COMPLETED', 'COMPLETED->ACTIVE', 'ACTIVE->CANCELLED', 'ACTIVE->DEFAULTED']);
  });
});
