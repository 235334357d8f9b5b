import { readTopic, testKafka } from '@bitacora/testing';
import type { CloudEvent, DebtorDataAccessedData } from '@bitacora/contracts';
import { FakeUpstream } from '../test/fake-upstream';
import { GatewayHarness, startGateway } from '../test/gateway-harness';

function record(debtorId: string | null, sequence: number) {
  return {
    chainId: 'collections.interactions.v1:0',
    sequence,
    eventId: `event-${sequence}`,
    eventType: 'co.collections.interaction.recorded.v1',
    source: '/services/interactions',
    actor: 'agent:ag-17',
    debtorId,
    accountId: null,
    eventTime: '2026-03-10T15:30:00.000Z',
    recordedAt: '2026-03-10T15:30:01.000Z',
    payload: {},
    previousHash: '0'.repeat(64),
    hash: '1'.repeat(64),
    unknownType: false,
    schemaProblem: null,
  };
}

describe('access events for reads of debtor data', () => {
  let interactions: FakeUpstream;
  let audit: FakeUpstream;
  let gateway: GatewayHarness;
  let client: { name: string; key: string };

  beforeAll(async () => {
    interactions = await new FakeUpstream().start();
    audit = await new FakeUpstream().start();
    gateway = await startGateway({ UPSTREAM_INTERACTIONS_URL: interactions.url, UPSTREAM_AUDIT_URL: audit.url });
    client = await gateway.createClient(['agent', 'compliance']);
  });

  afterAll(async () => {
    await gateway?.close();
    await interactions?.stop();
    await audit?.stop();
  });

  const accessEventsOn = async (requestId: string, count: number) => {
    const messages = await readTopic(testKafka(), gateway.accessTopic, (read) => read.filter((message) => message.value.includes(requestId)).length >= count, 30_000);
    return messages.filter((message) => message.value.includes(requestId)).map((message) => ({ key: message.key, event: JSON.parse(message.value) as CloudEvent<DebtorDataAccessedData> }));
  };

  it('publishes who read which debtor, when and through which route', async () => {
    interactions.on('POST', '/v1/contact-policy/checks', () => ({ status: 200, body: { decisionId: 'd-1', debtorId: 'CC-ACCESS-1' } }));

    const response = await gateway.inject({
      method: 'POST',
      url: '/v1/contact-policy/checks',
      headers: { 'x-api-key': client.key, 'idempotency-key': 'access-1', 'x-request-id': 'req-access-1' },
      payload: { debtorId: 'CC-ACCESS-1', party: { role: 'debtor' }, channel: 'sms', purpose: 'collection' },
    });
    expect(response.statusCode).toBe(200);

    const [published] = await accessEventsOn('req-access-1', 1);
    expect(published.key).toBe('CC-ACCESS-1');
    expect(published.event).toMatchObject({
      type: 'co.collections.access.debtor-data-read.v1',
      source: 'bitacora/gateway',
      debtorid: 'CC-ACCESS-1',
      actor: `client:${client.name}`,
      correlationid: 'req-access-1',
      data: {
        debtorId: 'CC-ACCESS-1',
        principal: { kind: 'api_key', id: client.name, roles: ['agent', 'compliance'] },
        method: 'POST',
        route: '/v1/contact-policy/checks',
        requestId: 'req-access-1',
      },
    });
    expect(Date.parse(published.event.data.accessedAt)).toBeLessThanOrEqual(Date.now());
  });

  it('publishes one event per debtor of a list, with the result count', async () => {
    audit.on('GET', '/v1/ledger/records', () => ({ status: 200, body: { items: [record('CC-LIST-1', 1), record('CC-LIST-2', 2), record(null, 3), record('CC-LIST-1', 4)], nextCursor: null } }));

    const response = await gateway.inject({ method: 'GET', url: '/v1/audit/records?actor=agent:ag-17', headers: { 'x-api-key': client.key, 'x-request-id': 'req-access-2' } });
    expect(response.statusCode).toBe(200);

    const published = await accessEventsOn('req-access-2', 2);
    expect(published.map((message) => message.event.data.debtorId).sort()).toEqual(['CC-LIST-1', 'CC-LIST-2']);
    expect(published.every((message) => message.event.data.resultCount === 4 && message.event.data.route === '/v1/audit/records')).toBe(true);
  });

  it('writes outbox before responding', async () => {
    audit.on('GET', '/v1/legal-holds', () => ({ status: 200, body: { items: [{ debtorId: 'CC-OUTBOX-1' }] } }));

    await gateway.inject({ method: 'GET', url: '/v1/audit/legal-holds', headers: { 'x-api-key': client.key, 'x-request-id': 'req-access-3' } });

    const rows: { topic: string; message_key: string }[] = await gateway.dataSource.query(`SELECT topic, message_key FROM "${gateway.db.schema}".outbox WHERE value LIKE '%req-access-3%'`);
    expect(rows).toEqual([{ topic: gateway.accessTopic, message_key: 'CC-OUTBOX-1' }]);
  });

  it('records nothing for errors', async () => {
    audit.on('GET', '/v1/ledger/records', () => ({ status: 404, body: { status: 404, code: 'x', title: 't', detail: 'd', type: 't', instance: 'i', requestId: 'r' } }));

    await gateway.inject({ method: 'GET', url: '/v1/audit/records?debtorId=CC-NONE', headers: { 'x-api-key': client.key, 'x-request-id': 'req-access-4' } });

    const rows: unknown[] = await gateway.dataSource.query(`SELECT 1 FROM "${gateway.db.schema}".outbox WHERE value LIKE '%req-access-4%'`);
    expect(rows).toEqual([]);
  });

  it('withholds the data when the read cannot be recorded, with a generic error', async () => {
    audit.on('GET', '/v1/ledger/records', () => ({ status: 200, body: { items: [record('not a valid id!', 1)], nextCursor: null } }));

    const response = await gateway.inject({ method: 'GET', url: '/v1/audit/records', headers: { 'x-api-key': client.key, 'x-request-id': 'req-access-5', 'accept-language': 'en' } });

    expect(response.statusCode).toBe(500);
    expect(response.json()).toMatchObject({ code: 'internal.error', requestId: 'req-access-5' });
    expect(response.json().detail).toBe('An internal error occurred. If it persists, contact support with request id req-access-5.');
    expect(response.body).not.toContain('not a valid id');
    expect(response.body).not.toContain('access event');
  });
});
