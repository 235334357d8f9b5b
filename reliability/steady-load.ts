import { CLOUDEVENTS_CONTENT_TYPE, PaymentEventTypes, Topics } from '@bitacora/contracts';
import { LOCAL_DEFAULTS } from '@bitacora/config';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';

/** Results seen by the clients: only 2xx responses count as accepted interactions. */
export interface LoadRecord {
  interactions: Map<string, string>;
  payments: Map<string, { accountId: string; amount: bigint }>;
  interactionRetries: number;
  /** Count of retried responses per HTTP status, 0 for a connection error or timeout. */
  retriedStatuses: Map<number, number>;
  interactionsGivenUp: string[];
  paymentRetries: number;
  paymentsGivenUp: string[];
}

export interface LoadOptions {
  gatewayUrl: string;
  brokers: string[];
  topicSuffix: string;
  runSuffix: string;
  /** Interactions and payments started per second, each. */
  rate: number;
  maxEach: number;
  durationMs: number;
  /** How long one request may keep retrying with its key before the client gives up. */
  retryDeadlineMs: number;
}

export const SOURCE_SYSTEM = 'crm-faults';
const OCCURRED_AT = '2026-12-01T10:00:00-05:00';
const RETRY_PAUSE_MS = 500;
const MAX_RETRY_PAUSE_MS = 8000;

export function newLoadRecord(): LoadRecord {
  return { interactions: new Map(), payments: new Map(), interactionRetries: 0, retriedStatuses: new Map(), interactionsGivenUp: [], paymentRetries: 0, paymentsGivenUp: [] };
}

/**
 * Records interactions through the gateway and publishes payments to core.payments.v1 at a
 * steady pace until the count or the time runs out, then waits for the requests still retrying.
 */
export async function driveLoad(options: LoadOptions, record: LoadRecord, stopped: () => boolean): Promise<void> {
  const kafka = new Kafka({ clientId: `faults-core-${options.runSuffix}`, brokers: options.brokers, logLevel: logLevel.NOTHING, retry: { retries: 3 } });
  // At-least-once, as a bank's core publishes: a send that failed is sent again with the same
  // event id, and the consumers' inboxes drop the copy.
  const producer = kafka.producer({ idempotent: false, maxInFlightRequests: 1 });
  const pending: Promise<void>[] = [];
  const startedAt = Date.now();
  const interval = 1000 / options.rate;
  await producer.connect();
  try {
    for (let index = 0; index < options.maxEach; index++) {
      if (stopped() || Date.now() - startedAt > options.durationMs) {
        break;
      }
      pending.push(recordInteraction(options, index, record));
      pending.push(publishPayment(producer, options, index, record));
      const nextAt = startedAt + (index + 1) * interval;
      await pause(Math.max(0, nextAt - Date.now()));
    }
    await Promise.all(pending);
  } finally {
    await producer.disconnect().catch(() => undefined);
  }
}

async function recordInteraction(options: LoadOptions, index: number, record: LoadRecord): Promise<void> {
  const reference = `FLT-${options.runSuffix}-${index}`;
  const debtorId = `CC-FLT${options.runSuffix.toUpperCase()}${index}`;
  const body = JSON.stringify({
    debtorId,
    accountIds: [`CRED-FLT-${options.runSuffix}-${index}`],
    party: { id: debtorId, role: 'debtor' },
    channel: 'phone_call',
    direction: 'outbound',
    purpose: 'collection',
    occurredAt: OCCURRED_AT,
    durationSeconds: 30,
    agentId: `ag-faults-${options.runSuffix}`,
    outcomeCode: 'NO_ANSWER',
    sourceSystem: SOURCE_SYSTEM,
    sourceReference: reference,
  });
  const headers = { 'content-type': 'application/json', 'idempotency-key': `faults-${reference}`, 'x-api-key': LOCAL_DEFAULTS.apiKey, 'accept-language': 'en' };
  const deadline = Date.now() + options.retryDeadlineMs;
  let last = 'no answer';
  for (let attempt = 0; Date.now() < deadline; attempt++) {
    const answer = await fetch(`${options.gatewayUrl}/v1/interactions`, { method: 'POST', headers, body, signal: AbortSignal.timeout(30_000) }).then(
      async (response) => ({ status: response.status, text: await response.text(), retryAfter: response.headers.get('retry-after') }),
      () => ({ status: 0, text: '', retryAfter: null }),
    );
    if (answer.status >= 200 && answer.status < 300) {
      record.interactions.set(reference, (JSON.parse(answer.text) as { interactionId: string }).interactionId);
      return;
    }
    // A CRM retries the same request with the same key on connection errors, 5xx, 409 (the first
    // attempt still has the key's lease) and 429 (after Retry-After). Any other status is final.
    if (!isRetryable(answer.status)) {
      record.interactionsGivenUp.push(`${reference}: HTTP ${answer.status} ${answer.text.slice(0, 300)}`);
      return;
    }
    record.interactionRetries++;
    record.retriedStatuses.set(answer.status, (record.retriedStatuses.get(answer.status) ?? 0) + 1);
    last = `HTTP ${answer.status} ${answer.text.slice(0, 200)}`;
    await pause(retryPauseMs(attempt, answer.status === 429 ? answer.retryAfter : null));
  }
  record.interactionsGivenUp.push(`${reference}: no 2xx answer within ${options.retryDeadlineMs} ms; last answer ${last}`);
}

async function publishPayment(producer: Producer, options: LoadOptions, index: number, record: LoadRecord): Promise<void> {
  const paymentId = `PAY-FLT-${options.runSuffix}-${index}`;
  const accountId = `CRED-FLT-${options.runSuffix}-${index}`;
  const debtorId = `CC-FLT${options.runSuffix.toUpperCase()}${index}`;
  const amount = BigInt(10_000 + index * 100);
  const event = {
    specversion: '1.0',
    id: randomUUID(),
    source: '/core-banking/faults',
    type: PaymentEventTypes.received,
    time: new Date().toISOString(),
    subject: paymentId,
    datacontenttype: 'application/json',
    debtorid: debtorId,
    accountid: accountId,
    data: { paymentId, accountId, debtorId, amount: `${amount / 100n}.${String(amount % 100n).padStart(2, '0')}`, currency: 'COP', paidAt: new Date().toISOString(), valueDate: '2026-12-01', channel: 'pse' },
  };
  const message = { key: accountId, value: JSON.stringify(event), headers: { 'content-type': CLOUDEVENTS_CONTENT_TYPE } };
  const deadline = Date.now() + options.retryDeadlineMs;
  while (Date.now() < deadline) {
    // The same event (same id) is sent again after a failure, as a core bank's producer would.
    const sent = await producer.send({ topic: `${Topics.payments}${options.topicSuffix}`, acks: -1, messages: [message] }).then(
      () => true,
      () => false,
    );
    if (sent) {
      record.payments.set(paymentId, { accountId, amount });
      return;
    }
    record.paymentRetries++;
    await pause(RETRY_PAUSE_MS);
  }
  record.paymentsGivenUp.push(paymentId);
}

function isRetryable(status: number): boolean {
  return status === 0 || status === 409 || status === 429 || status >= 500;
}

/** Exponential backoff with jitter, 0.5 s doubling up to 8 s, or the server's Retry-After. */
function retryPauseMs(attempt: number, retryAfter: string | null): number {
  const asked = retryAfter === null ? Number.NaN : Number(retryAfter) * 1000;
  if (Number.isFinite(asked) && asked > 0) {
    return Math.min(asked, MAX_RETRY_PAUSE_MS) + Math.random() * RETRY_PAUSE_MS;
  }
  return Math.min(RETRY_PAUSE_MS * 2 ** attempt, MAX_RETRY_PAUSE_MS) * (0.5 + Math.random() / 2);
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
