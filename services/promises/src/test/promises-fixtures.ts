import { addDays, bogotaDateOf } from '@bitacora/domain';
import { createEvent, InteractionEventTypes, PaymentEventTypes, type CloudEvent, type InteractionRecordedData, type PaymentReceivedData } from '@bitacora/contracts';
import { uuidv7 } from 'uuidv7';
import { uniqueSuffix } from '@bitacora/testing';
import type { PromisesHarness } from './promises-harness';

/** Returns the Bogota date `days` after today. */
export function bogotaDateIn(days: number): string {
  return addDays(bogotaDateOf(new Date()), days);
}

/** Returns an account id that no other test uses. */
export function newAccountId(): string {
  return `CRED-${uniqueSuffix()}`;
}

export function paymentReceived(data: Partial<PaymentReceivedData> & { accountId: string }): CloudEvent<PaymentReceivedData> {
  return createEvent<PaymentReceivedData>({
    type: PaymentEventTypes.received,
    source: 'urn:bank:core',
    accountId: data.accountId,
    data: {
      paymentId: `PAY-${uniqueSuffix()}`,
      amount: '150000.00',
      currency: 'COP',
      paidAt: new Date().toISOString(),
      valueDate: bogotaDateOf(new Date()),
      channel: 'pse',
      ...data,
    },
  });
}

export function paymentReversed(accountId: string, paymentId: string, reason = 'Cheque devuelto'): CloudEvent {
  return createEvent({
    type: PaymentEventTypes.reversed,
    source: 'urn:bank:core',
    accountId,
    data: { paymentId, accountId, reversedAt: new Date().toISOString(), reason },
  });
}

export function interactionWithPromise(accountId: string, terms: { promiseId?: string; amount?: string; dueDate?: string; graceDays?: number } = {}): CloudEvent<InteractionRecordedData> {
  const now = new Date().toISOString();
  const data: InteractionRecordedData = {
    interactionId: uuidv7(),
    debtorId: 'CC-1020304050',
    accountIds: [accountId],
    party: { id: 'CC-1020304050', role: 'debtor' },
    channel: 'phone_call',
    direction: 'outbound',
    purpose: 'collection',
    occurredAt: now,
    agentId: 'ag-17',
    outcomeCode: 'PROMISE_TO_PAY',
    rightPartyContact: true,
    sourceSystem: 'crm-main',
    sourceReference: `CALL-${uniqueSuffix()}`,
    policy: { allowed: true, reasons: [] },
    promises: [
      {
        promiseId: terms.promiseId ?? uuidv7(),
        accountId,
        amount: terms.amount ?? '150000.00',
        currency: 'COP',
        dueDate: terms.dueDate ?? bogotaDateIn(3),
        graceDays: terms.graceDays ?? 0,
      },
    ],
    recordedAt: now,
  };
  return createEvent({ type: InteractionEventTypes.recorded, source: '/services/interactions', accountId, debtorId: data.debtorId, actor: 'agent:ag-17', data });
}

export interface OutboxEvent {
  type: string;
  subject?: string;
  actor?: string;
  correlationid?: string;
  data: Record<string, unknown>;
}

/** Events the service appended to its outbox about one account, oldest first. */
export async function outboxEventsOf(harness: PromisesHarness, accountId: string): Promise<OutboxEvent[]> {
  const rows = await harness.rows<{ value: string }>('SELECT value FROM $schema.outbox WHERE message_key = $1 ORDER BY id', [accountId]);
  return rows.map((row) => JSON.parse(row.value) as OutboxEvent);
}

export async function promiseStatus(harness: PromisesHarness, promiseId: string): Promise<string | undefined> {
  const [row] = await harness.rows<{ status: string }>('SELECT status FROM $schema.promises WHERE id = $1', [promiseId]);
  return row?.status;
}
