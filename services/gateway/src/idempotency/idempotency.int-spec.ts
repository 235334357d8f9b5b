import { FakeAnswer, FakeUpstream } from '../test/fake-upstream';
import { GatewayHarness, startGateway } from '../test/gateway-harness';
import { waitFor } from '@bitacora/testing';

const HOLD_ID = '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a99';

function heldAnswer(body: unknown, sequence: number): FakeAnswer {
  const request = body as { debtorId: string; reason: string; placedBy: string };
  return {
    status: 201,
    body: {
      holdId: HOLD_ID.replace(/99$/, String(10 + sequence)),
      debtorId: request.debtorId,
      reason: request.reason,
      caseReference: null,
      placedBy: request.placedBy,
      placedAt: '2026-03-10T15:00:00.000Z',
      releasedBy: null,
      releasedAt: null,
      releaseReason: null,
      active: true,
    },
  };
}

describe('Idempotency-Key on POST', () => {
  let audit: FakeUpstream;
  let gateway: GatewayHarness;
  let key: string;
  let answers: (body: unknown) => FakeAnswer | Promise<FakeAnswer>;

  beforeAll(async () => {
    audit = await new FakeUpstream().start();
    audit.on('POST', '/v1/legal-holds', (request) => answers(request.body));
    gateway = await startGateway({ UPSTREAM_AUDIT_URL: audit.url });
    key = (await gateway.createClient(['compliance'])).key;
  });

  beforeEach(() => {
    let sequence = 0;
    answers = (body) => heldAnswer(body, ++sequence);
  });

  afterAll(async () => {
    await gateway?.close();
    await audit?.stop();
  });

  const place = (idempotencyKey: string | undefined, payload: object, clientKey = key) =>
    gateway.inject({
      method: 'POST',
      url: '/v1/audit/legal-holds',
      headers: { 'x-api-key': clientKey, ...(idempotencyKey === undefined ? {} : { 'idempotency-key': idempotencyKey }) },
      payload,
    });

  const callsWith = (reason: string) => audit.requestsTo('/v1/legal-holds').filter((request) => (request.body as { reason: string }).reason === reason).length;

  it('requires the header and names it', async () => {
    const response = await place(undefined, { debtorId: 'CC-1', reason: 'missing key' });

    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('idempotency.key_required');
    expect(response.json().detail).toContain('Idempotency-Key');
    expect(callsWith('missing key')).toBe(0);
  });

  it('rejects a key with spaces or over 255 characters', async () => {
    expect((await place('has space', { debtorId: 'CC-1', reason: 'bad key' })).json().code).toBe('idempotency.key_invalid');
    expect((await place('k'.repeat(256), { debtorId: 'CC-1', reason: 'bad key' })).json().code).toBe('idempotency.key_invalid');
  });

  it('replays the first response for the same key and body', async () => {
    const first = await place('replay-1', { debtorId: 'CC-1', reason: 'replay' });
    const second = await place('replay-1', { reason: 'replay', debtorId: 'CC-1' });

    expect(first.statusCode).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body).toBe(first.body);
    expect(second.headers['content-type']).toBe(first.headers['content-type']);
    expect(callsWith('replay')).toBe(1);
  });

  it('rejects the same key with another body with 422', async () => {
    await place('reuse-1', { debtorId: 'CC-1', reason: 'first body' });
    const response = await place('reuse-1', { debtorId: 'CC-1', reason: 'second body' });

    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('idempotency.key_reused');
    expect(callsWith('second body')).toBe(0);
  });

  it('keeps keys per client', async () => {
    const otherKey = (await gateway.createClient(['compliance'])).key;
    await place('shared-key', { debtorId: 'CC-1', reason: 'per client' });
    const other = await place('shared-key', { debtorId: 'CC-1', reason: 'per client' }, otherKey);

    expect(other.statusCode).toBe(201);
    expect(other.headers['idempotent-replayed']).toBeUndefined();
    expect(callsWith('per client')).toBe(2);
  });

  it('409 while first is in flight', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    answers = async (body) => {
      await held;
      return heldAnswer(body, 1);
    };

    const first = place('in-flight-1', { debtorId: 'CC-1', reason: 'in flight' });
    await waitFor('the first request to reach the service', () => callsWith('in flight') === 1, 10_000, 10);
    const duplicate = await place('in-flight-1', { debtorId: 'CC-1', reason: 'in flight' });
    release();

    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().code).toBe('idempotency.in_flight');
    expect((await first).statusCode).toBe(201);
    expect((await place('in-flight-1', { debtorId: 'CC-1', reason: 'in flight' })).headers['idempotent-replayed']).toBe('true');
  });

  it('replays a service 4xx', async () => {
    answers = () => ({ status: 422, body: { type: 'x', title: 'No procesable', status: 422, detail: 'regla', code: 'hold.rule', instance: '/v1/legal-holds', requestId: 'r' } });

    const first = await place('refused-1', { debtorId: 'CC-1', reason: 'refused' });
    const second = await place('refused-1', { debtorId: 'CC-1', reason: 'refused' });

    expect(first.statusCode).toBe(422);
    expect(second.statusCode).toBe(422);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json().code).toBe('hold.rule');
    expect(callsWith('refused')).toBe(1);
  });

  it('frees the key after a 5xx so a retry reaches the service again', async () => {
    answers = () => ({ status: 500, body: { detail: 'database exploded at line 42' } });
    const failed = await place('retry-1', { debtorId: 'CC-1', reason: 'retry' });
    answers = (body) => heldAnswer(body, 7);
    const retried = await place('retry-1', { debtorId: 'CC-1', reason: 'retry' });

    expect(failed.statusCode).toBe(502);
    expect(failed.body).not.toContain('database exploded');
    expect(retried.statusCode).toBe(201);
    expect(retried.headers['idempotent-replayed']).toBeUndefined();
    expect(callsWith('retry')).toBe(2);
  });

  it('lets an expired key be used again', async () => {
    await place('expired-1', { debtorId: 'CC-1', reason: 'before expiry' });
    await gateway.dataSource.query(`UPDATE "${gateway.db.schema}".idempotency_keys SET expires_at = now() - interval '1 second' WHERE idempotency_key = 'expired-1'`);

    const response = await place('expired-1', { debtorId: 'CC-1', reason: 'after expiry' });

    expect(response.statusCode).toBe(201);
    expect(response.headers['idempotent-replayed']).toBeUndefined();
  });

  it('stores the request hash with an expiry', async () => {
    await place('stored-1', { debtorId: 'CC-1', reason: 'stored' });
    const rows: { request_hash: Buffer; status_code: number; hours: number }[] = await gateway.dataSource.query(
      `SELECT request_hash, status_code, extract(epoch FROM expires_at - created_at) / 3600 AS hours FROM "${gateway.db.schema}".idempotency_keys WHERE idempotency_key = 'stored-1'`,
    );

    expect(rows[0].request_hash).toHaveLength(32);
    expect(rows[0].status_code).toBe(201);
    expect(Math.round(Number(rows[0].hours))).toBe(gateway.config.IDEMPOTENCY_TTL_HOURS);
  });

  it('fills who acts from the credentials, not the body', async () => {
    const client = await gateway.createClient(['compliance']);
    await place('actor-1', { debtorId: 'CC-1', reason: 'actor' }, client.key);

    const sent = audit.requestsTo('/v1/legal-holds').find((request) => (request.body as { reason: string }).reason === 'actor');
    expect(sent?.body).toMatchObject({ placedBy: `client:${client.name}` });
  });
});
