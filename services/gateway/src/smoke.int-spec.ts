import { LOCAL_DEFAULTS } from '@bitacora/config';
import { FakeUpstream } from './test/fake-upstream';
import { GatewayHarness, startGateway } from './test/gateway-harness';

describe('gateway smoke', () => {
  let interactions: FakeUpstream;
  let gateway: GatewayHarness;

  beforeAll(async () => {
    interactions = await new FakeUpstream().start();
    interactions.on('POST', '/v1/contact-policy/checks', (request) => ({ status: 200, body: { echo: request.body } }));
    gateway = await startGateway({ UPSTREAM_INTERACTIONS_URL: interactions.url });
  });

  afterAll(async () => {
    await gateway?.close();
    await interactions?.stop();
  });

  it('serves docs and proxies', async () => {
    const docs = await gateway.inject({ method: 'GET', url: '/docs-json' });
    console.log(docs.statusCode, JSON.stringify(JSON.parse(docs.body).paths, null, 1).slice(0, 6000));
    const ui = await gateway.inject({ method: 'GET', url: '/docs' });
    console.log(ui.statusCode, ui.headers, ui.body.slice(0, 800));
    const check = await gateway.inject({
      method: 'POST',
      url: '/v1/contact-policy/checks',
      headers: { 'x-api-key': LOCAL_DEFAULTS.apiKey, 'idempotency-key': 'k1' },
      payload: { debtorId: 'CC-1', party: { role: 'debtor' }, channel: 'sms', purpose: 'collection' },
    });
    console.log(check.statusCode, check.headers, check.body);
    console.log(interactions.received[0]?.headers);
    const bad = await gateway.inject({
      method: 'POST',
      url: '/v1/contact-policy/checks',
      headers: { 'x-api-key': LOCAL_DEFAULTS.apiKey, 'idempotency-key': 'k1', 'accept-language': 'en' },
      payload: { debtorId: 'CC 1', party: { role: 'x' }, channel: 'sms', purpose: 'collection', foo: 1 },
    });
    console.log(bad.statusCode, bad.body);
    const noauth = await gateway.inject({ method: 'POST', url: '/v1/contact-policy/checks', payload: {} });
    console.log(noauth.statusCode, noauth.headers, noauth.body);
  });
});
