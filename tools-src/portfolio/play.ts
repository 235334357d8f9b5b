import { randomUUID } from 'node:crypto';
import { CLOUDEVENTS_CONTENT_TYPE, PaymentEventTypes, Topics } from '@bitacora/contracts';
import { Kafka, logLevel } from 'kafkajs';
import type { Action, InteractionAction } from './activity';

export interface PlayOptions {
  gatewayUrl: string;
  apiKey: string;
  brokers: string[];
  ratePerSecond: number;
  onProgress(done: number, total: number): void;
}

/** Sends the actions in order at most `ratePerSecond` a second and returns counts by result. */
export async function playActions(actions: Action[], options: PlayOptions): Promise<Record<string, number>> {
  const kafka = new Kafka({ clientId: 'bitacora-portfolio', brokers: options.brokers, logLevel: logLevel.NOTHING });
  const producer = kafka.producer({ idempotent: true });
  await producer.connect();
  const summary: Record<string, number> = {};
  const count = (name: string) => {
    summary[name] = (summary[name] ?? 0) + 1;
  };
  const intervalMs = 1000 / options.ratePerSecond;
  const started = Date.now();
  try {
    for (const [index, action] of actions.entries()) {
      const due = started + index * intervalMs;
      if (due > Date.now()) {
        await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
      }
      count(await playOne(action, options, producer));
      if ((index + 1) % 100 === 0 || index + 1 === actions.length) {
        options.onProgress(index + 1, actions.length);
      }
    }
  } finally {
    await producer.disconnect();
  }
  return summary;
}

type Producer = ReturnType<Kafka['producer']>;

async function playOne(action: Action, options: PlayOptions, producer: Producer): Promise<string> {
  switch (action.kind) {
    case 'consent': {
      const body = { partyId: action.debtorId, channel: action.channel, validFrom: '2026-01-02T09:00:00-05:00', evidence: 'simulacion' };
      const status = await post(options, `/v1/debtors/${action.debtorId}/consents`, body, `consent-${action.debtorId}-${action.channel}`);
      return `consent ${status}`;
    }
    case 'interaction': {
      const response = await post(options, '/v1/interactions', interactionBody(action), `interaction-${action.reference}`);
      return `interaction ${action.outcomeCode} ${response}`;
    }
    case 'payment': {
      const data = { paymentId: action.paymentId, accountId: action.accountId, debtorId: action.debtorId, amount: action.amount, currency: 'COP', paidAt: new Date(action.paidAt).toISOString(), valueDate: action.paidAt.slice(0, 10), channel: 'pse' };
      await publish(producer, action.accountId, PaymentEventTypes.received, action.paymentId, data);
      return 'payment published';
    }
    case 'reversal': {
      const data = { paymentId: action.paymentId, accountId: action.accountId, reversedAt: new Date(action.reversedAt).toISOString(), reason: 'Pago devuelto (simulación)' };
      await publish(producer, action.accountId, PaymentEventTypes.reversed, action.paymentId, data);
      return 'reversal published';
    }
  }
}

function interactionBody(action: InteractionAction): Record<string, unknown> {
  const message = action.channel !== 'phone_call';
  return {
    debtorId: action.debtorId,
    accountIds: [action.accountId],
    party: { id: action.debtorId, role: 'debtor' },
    channel: action.channel,
    direction: 'outbound',
    purpose: 'collection',
    occurredAt: action.occurredAt,
    ...(message ? { automatedChannelId: `${action.channel}-platform` } : { agentId: action.agentId, durationSeconds: 120 }),
    outcomeCode: action.outcomeCode,
    sourceSystem: 'portfolio-simulator',
    sourceReference: action.reference,
    ...(action.promise ? { promises: [{ accountId: action.accountId, currency: 'COP', graceDays: 0, ...action.promise }] } : {}),
    ...(action.plan ? { paymentPlan: { accountId: action.accountId, currency: 'COP', ...action.plan } } : {}),
  };
}

async function post(options: PlayOptions, path: string, body: unknown, idempotencyKey: string): Promise<number> {
  const response = await fetch(`${options.gatewayUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': options.apiKey, 'idempotency-key': idempotencyKey },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  return response.status;
}

async function publish(producer: Producer, accountId: string, type: string, subject: string, data: object): Promise<void> {
  const event = { specversion: '1.0', id: randomUUID(), source: '/core-banking/simulator', type, time: new Date().toISOString(), subject, datacontenttype: 'application/json', accountid: accountId, data };
  await producer.send({ topic: `${Topics.payments}${process.env.KAFKA_TOPIC_SUFFIX ?? ''}`, messages: [{ key: accountId, value: JSON.stringify(event), headers: { 'content-type': CLOUDEVENTS_CONTENT_TYPE } }] });
}
