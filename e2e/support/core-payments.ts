import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { CLOUDEVENTS_CONTENT_TYPE, PaymentEventTypes, Topics, type PaymentReceivedData, type PaymentReversedData } from '@bitacora/contracts';

const KCAT = '/usr/bin/kcat';
const CORE_SOURCE = '/core-banking/e2e';

/**
 * Publishes one event to core.payments.v1 the way a bank's core would with kcat:
 * `kcat -P -b <brokers> -t core.payments.v1 -k <account> -H 'content-type=...'`, the CloudEvent as
 * one line on stdin.
 */
export async function publishWithKcat(brokers: string, accountId: string, event: object, topic: string = Topics.payments): Promise<void> {
  const args = ['-P', '-b', brokers, '-t', topic, '-k', accountId, '-H', `content-type=${CLOUDEVENTS_CONTENT_TYPE}`];
  const child = spawn(KCAT, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => {
    errors += chunk.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  child.stdin.end(`${JSON.stringify(event)}\n`);

  const code = await exited;
  if (code !== 0) {
    throw new Error(`kcat exited with code ${code}: ${errors}`);
  }
}

export function paymentReceived(debtorId: string, data: PaymentReceivedData): object {
  return envelope(PaymentEventTypes.received, data.paymentId, debtorId, data.accountId, data);
}

export function paymentReversed(debtorId: string, data: PaymentReversedData): object {
  return envelope(PaymentEventTypes.reversed, data.paymentId, debtorId, data.accountId, data);
}

function envelope(type: string, subject: string, debtorId: string, accountId: string, data: object): object {
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: CORE_SOURCE,
    type,
    time: new Date().toISOString(),
    subject,
    datacontenttype: 'application/json',
    debtorid: debtorId,
    accountid: accountId,
    data,
  };
}
