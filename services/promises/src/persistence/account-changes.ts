import type { AccountState, Allocation, Installment, PaymentPlan, PaymentPromise, PaymentRecord, PendingReversal } from '../domain';

/** A changed record, whether it is new (INSERT) or stored (UPDATE), and who changed it last. */
export interface Changed<Record> {
  record: Record;
  isNew: boolean;
  actor: string;
}

export interface HeldReversal {
  reversal: PendingReversal;
  accountId: string;
  eventId: string;
}

export function allocationKey(allocation: Pick<Allocation, 'paymentId' | 'targetType' | 'targetId'>): string {
  return `${allocation.paymentId}|${allocation.targetType}|${allocation.targetId}`;
}

/**
 * Every record that a series of decisions created or changed, found by comparing each
 * decision's output state with its input: the domain returns the very same object for every
 * record it did not touch. The first state an account is seen with must be what the database
 * holds, so that a record absent from it is new.
 */
export class AccountChanges {
  readonly promises = new Map<string, Changed<PaymentPromise>>();
  readonly plans = new Map<string, Changed<PaymentPlan>>();
  readonly installments = new Map<string, Changed<Installment>>();
  readonly payments = new Map<string, Changed<PaymentRecord>>();
  readonly allocations = new Map<string, Changed<Allocation>>();
  readonly heldReversals = new Map<string, HeldReversal>();
  /** Payment ids of stored held reversals that their payment consumed. */
  readonly releasedReversals = new Set<string>();
  /** Final state of every account a decision touched. */
  readonly finalStates = new Map<string, AccountState>();

  /** Records what one accepted decision changed on one account. */
  record(before: AccountState, after: AccountState, actor: string, eventId: string): void {
    this.finalStates.set(after.accountId, after);
    if (before === after) {
      return;
    }

    this.collect(this.promises, before.promises, after.promises, (promise) => promise.id, actor);
    this.collectPlans(before.plans, after.plans, actor);
    this.collect(this.payments, before.payments, after.payments, (payment) => payment.paymentId, actor);
    this.collect(this.allocations, before.allocations, after.allocations, allocationKey, actor);
    this.collectReversals(before, after, eventId);
  }

  /** Accounts whose state changed, with the state to derive their next deadline from. */
  touchedAccounts(): AccountState[] {
    return [...this.finalStates.values()];
  }

  private collect<Record>(target: Map<string, Changed<Record>>, before: readonly Record[], after: readonly Record[], keyOf: (record: Record) => string, actor: string): void {
    if (before === after) {
      return;
    }
    const unchanged = new Set(before);
    const storedKeys = new Set(before.map(keyOf));
    for (const record of after) {
      if (unchanged.has(record)) {
        continue;
      }
      const key = keyOf(record);
      const isNew = target.get(key)?.isNew ?? !storedKeys.has(key);
      target.set(key, { record, isNew, actor });
    }
  }

  private collectPlans(before: readonly PaymentPlan[], after: readonly PaymentPlan[], actor: string): void {
    if (before === after) {
      return;
    }
    const previous = new Map(before.map((plan) => [plan.id, plan]));
    for (const plan of after) {
      const old = previous.get(plan.id);
      if (old === plan) {
        continue;
      }
      const planChanged = old === undefined || old.status !== plan.status || old.resolvedAt !== plan.resolvedAt || old.cancellationReason !== plan.cancellationReason;
      if (planChanged) {
        const isNew = this.plans.get(plan.id)?.isNew ?? old === undefined;
        this.plans.set(plan.id, { record: plan, isNew, actor });
      }
      this.collect(this.installments, old?.installments ?? [], plan.installments, (installment) => installment.id, actor);
    }
  }

  private collectReversals(before: AccountState, after: AccountState, eventId: string): void {
    if (before.pendingReversals === after.pendingReversals) {
      return;
    }
    const remaining = new Set(after.pendingReversals.map((reversal) => reversal.paymentId));
    for (const reversal of before.pendingReversals) {
      if (remaining.has(reversal.paymentId)) {
        continue;
      }
      if (this.heldReversals.delete(reversal.paymentId)) {
        continue;
      }
      this.releasedReversals.add(reversal.paymentId);
    }
    const held = new Set(before.pendingReversals);
    for (const reversal of after.pendingReversals) {
      if (!held.has(reversal)) {
        this.heldReversals.set(reversal.paymentId, { reversal, accountId: after.accountId, eventId });
      }
    }
  }
}
