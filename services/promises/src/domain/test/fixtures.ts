import { emptyAccountState, type AccountState } from '../account-state';
import { applyPayment } from '../apply-payment';
import type { BusinessCalendar } from '../deadline';
import { cancelPaymentPlan } from '../cancel-payment-plan';
import { cancelPromise } from '../cancel-promise';
import { createPaymentPlan } from '../create-payment-plan';
import { createPromise, type CreatePromiseCommand } from '../create-promise';
import type { Decision } from '../decision';
import type { PromisesDomainEvent } from '../events';
import { breakOverdueTargets } from '../overdue';
import type { Installment, PaymentPlan } from '../payment-plan';
import type { PaymentRecord } from '../payment';
import type { PaymentPromise } from '../promise';
import { reversePayment } from '../reverse-payment';
import { DEFAULT_PROMISES_SETTINGS, type PromisesSettings } from '../settings';
import type { CreatePaymentPlanCommand } from '../validate-payment-plan';

export const ACCOUNT_ID = 'ACC-001';
export const DEBTOR_ID = 'debtor-1';
export const AGENT_ID = 'agent-1';

/** Colombian holidays of March and April 2026 used by the tests: San José (moved), Holy Thursday, Good Friday. */
export const TEST_HOLIDAYS: ReadonlySet<string> = new Set(['2026-03-23', '2026-04-02', '2026-04-03']);

/** Monday to Friday, except the dates in TEST_HOLIDAYS. */
export const testCalendar: BusinessCalendar = {
  isBusinessDay(date: string): boolean {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !TEST_HOLIDAYS.has(date);
  },
};

/** Monday 2 March 2026, 09:00 in Bogota: "today" for commands unless a test passes another instant. */
export const CREATION_NOW = bogota('2026-03-02T09:00');

/** Converts a Bogota wall-clock time ('2026-03-10T23:30' or with seconds) to its instant. */
export function bogota(localDateTime: string): Date {
  return new Date(`${localDateTime}-05:00`);
}

export function settingsWith(overrides: Partial<PromisesSettings> = {}): PromisesSettings {
  return { ...DEFAULT_PROMISES_SETTINGS, ...overrides };
}

/** Returns the state and events of an accepted decision; fails the test with the errors otherwise. */
export function expectAccepted(decision: Decision): { state: AccountState; events: readonly PromisesDomainEvent[]; duplicate: boolean } {
  if (!decision.ok) {
    throw new Error(`Decision rejected: ${JSON.stringify(decision.errors)}`);
  }

  return decision;
}

export function promiseCommand(overrides: Partial<CreatePromiseCommand> = {}): CreatePromiseCommand {
  return {
    promiseId: 'promise-1',
    debtorId: DEBTOR_ID,
    accountId: ACCOUNT_ID,
    agentId: AGENT_ID,
    interactionId: 'interaction-1',
    amount: 100_000n,
    dueDate: '2026-03-10',
    ...overrides,
  };
}

export function planCommand(overrides: Partial<CreatePaymentPlanCommand> = {}): CreatePaymentPlanCommand {
  return {
    planId: 'plan-1',
    debtorId: DEBTOR_ID,
    accountId: ACCOUNT_ID,
    agentId: AGENT_ID,
    totalAmount: 90_000n,
    installments: [
      { installmentId: 'plan-1-i1', dueDate: '2026-03-10', amount: 30_000n },
      { installmentId: 'plan-1-i2', dueDate: '2026-04-10', amount: 30_000n },
      { installmentId: 'plan-1-i3', dueDate: '2026-05-11', amount: 30_000n },
    ],
    ...overrides,
  };
}

/** Builds a promise record directly, for tests that do not go through createPromise. */
export function promiseRecord(overrides: Partial<PaymentPromise> = {}): PaymentPromise {
  return {
    id: 'promise-1',
    debtorId: DEBTOR_ID,
    accountId: ACCOUNT_ID,
    amount: 100_000n,
    currency: 'COP',
    dueDate: '2026-03-10',
    graceDays: 0,
    graceDayCounting: 'BUSINESS_DAYS',
    deadlineDate: '2026-03-10',
    keptThresholdBasisPoints: 10_000,
    interactionId: null,
    agentId: AGENT_ID,
    createdAt: CREATION_NOW,
    status: 'PENDING',
    paidAmount: 0n,
    paidLateAmount: 0n,
    resolvedAt: null,
    supersededByPromiseId: null,
    cancellationReason: null,
    ...overrides,
  };
}

/**
 * One account driven step by step through the real decisions. Every step must be accepted.
 * `events` contains the events of the last step only, and `allEvents` those of every step.
 */
export class AccountScenario {
  state: AccountState = emptyAccountState(ACCOUNT_ID);
  events: readonly PromisesDomainEvent[] = [];
  allEvents: PromisesDomainEvent[] = [];
  lastDuplicate = false;

  constructor(readonly settings: PromisesSettings = DEFAULT_PROMISES_SETTINGS) {}

  promise(promiseId: string, amount: bigint, dueDate: string, options: Partial<CreatePromiseCommand> & { now?: Date } = {}): this {
    const { now = CREATION_NOW, ...overrides } = options;
    const command = promiseCommand({ promiseId, amount, dueDate, ...overrides });
    return this.record(createPromise(this.state, command, { settings: this.settings, calendar: testCalendar, now }));
  }

  plan(overrides: Partial<CreatePaymentPlanCommand> = {}, now: Date = CREATION_NOW): this {
    return this.record(createPaymentPlan(this.state, planCommand(overrides), { settings: this.settings, calendar: testCalendar, now }));
  }

  pay(paymentId: string, amount: bigint, paidAt: Date, currency = 'COP'): this {
    const payment = {
      paymentId,
      accountId: ACCOUNT_ID,
      amount,
      currency,
      paidAt,
      valueDate: paidAt.toISOString().slice(0, 10),
      channel: 'PSE' as const,
      bankReference: `REF-${paymentId}`,
    };
    return this.record(applyPayment(this.state, payment, this.settings));
  }

  reverse(paymentId: string, reversedAt: Date, reason = 'Cheque devuelto'): this {
    return this.record(reversePayment(this.state, { paymentId, reversedAt, reason }));
  }

  cancelPromise(promiseId: string, now: Date): this {
    return this.record(cancelPromise(this.state, { promiseId, cancelledBy: AGENT_ID, reason: 'El deudor pidió anularla' }, now));
  }

  cancelPlan(planId: string, now: Date): this {
    return this.record(cancelPaymentPlan(this.state, { planId, cancelledBy: AGENT_ID, reason: 'Acuerdo renegociado' }, now));
  }

  runScheduler(now: Date): this {
    return this.record(breakOverdueTargets(this.state, now));
  }

  promiseById(promiseId: string): PaymentPromise {
    const promise = this.state.promises.find((candidate) => candidate.id === promiseId);
    if (promise === undefined) {
      throw new Error(`Promise ${promiseId} is not in the scenario.`);
    }
    return promise;
  }

  planById(planId: string): PaymentPlan {
    const plan = this.state.plans.find((candidate) => candidate.id === planId);
    if (plan === undefined) {
      throw new Error(`Plan ${planId} is not in the scenario.`);
    }
    return plan;
  }

  installment(planId: string, number: number): Installment {
    const installment = this.planById(planId).installments.find((candidate) => candidate.number === number);
    if (installment === undefined) {
      throw new Error(`Plan ${planId} has no installment ${number}.`);
    }
    return installment;
  }

  paymentById(paymentId: string): PaymentRecord {
    const payment = this.state.payments.find((candidate) => candidate.paymentId === paymentId);
    if (payment === undefined) {
      throw new Error(`Payment ${paymentId} is not in the scenario.`);
    }
    return payment;
  }

  eventTypes(): string[] {
    return this.events.map((event) => event.type);
  }

  private record(decision: Decision): this {
    const accepted = expectAccepted(decision);
    this.state = accepted.state;
    this.events = accepted.events;
    this.allEvents.push(...accepted.events);
    this.lastDuplicate = accepted.duplicate;
    return this;
  }
}
