import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createEvent, PaymentEventTypes, Topics } from '@bitacora/contracts';
import { createServiceDataSource } from '@bitacora/persistence';

/** Creates the outbox, inbox and an `effects` table in the test schema, as the schema owner. */
export async function createTables(ownerUrl: string, schema: string): Promise<void> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const dataSource = createServiceDataSource({ url: ownerUrl, schema, applicationName: 'messaging-test-setup', poolSize: 1 });
    await dataSource.initialize();
    const runner = dataSource.createQueryRunner();
    const { createMessagingTables } = await import('@bitacora/persistence');
    await createMessagingTables(runner, schema);
    await runner.release();
    await dataSource.destroy();
    await client.query(`CREATE TABLE "${schema}".effects (event_id text NOT NULL, payment_id text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  } finally {
    await client.end();
  }
}

export function openDataSource(url: string, schema: string): Promise<DataSource> {
  return createServiceDataSource({ url, schema, applicationName: 'messaging-test', poolSize: 4 }).initialize();
}

/** Builds a valid payment event for `accountId`. The `sequence` makes the payment id unique and ordered. */
export function paymentEvent(accountId: string, sequence: number) {
  return createEvent({
    type: PaymentEventTypes.received,
    source: 'urn:test:core',
    accountId,
    data: {
      paymentId: `PAY-${accountId}-${String(sequence).padStart(5, '0')}`,
      accountId,
      amount: `${1000 + sequence}.00`,
      currency: 'COP',
      paidAt: '2026-03-10T15:00:00Z',
      valueDate: '2026-03-10',
      channel: 'pse',
    },
  });
}

export const PAYMENTS_TOPIC = Topics.payments;
