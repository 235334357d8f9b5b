import fc from 'fast-check';
import { FakeServices } from '../test/fake-services';
import { GatewayHarness, startGateway } from '../test/gateway-harness';
import { DocumentedOperation, OpenApiDocument, operationsOf, sampleOf, sampleRequestOf } from '../test/openapi-tools';
import { PUBLIC_ROUTES } from '../test/route-samples';

/** Requests tried per route; every route gets the same bounded budget. */
const RUNS_PER_ROUTE = 25;
/** Maximum time a single response may take before the gateway counts as hanging. */
const RESPONSE_DEADLINE_MS = 10_000;

interface FuzzInput {
  pathValues: string[];
  query: [string, string][];
  body: { kind: 'none' } | { kind: 'json'; value: unknown } | { kind: 'raw'; text: string };
  idempotencyKey: string | undefined;
  acceptLanguage: string | undefined;
}

/** Generates objects that swap one field of a valid object for anything, so most inputs get past the first check. */
function mutatedSample(sample: unknown): fc.Arbitrary<unknown> {
  if (typeof sample !== 'object' || sample === null || Array.isArray(sample) || Object.keys(sample).length === 0) {
    return fc.jsonValue();
  }
  return fc.record({ field: fc.constantFrom(...Object.keys(sample)), value: fc.jsonValue(), drop: fc.boolean() }).map(({ field, value, drop }) => {
    const copy: Record<string, unknown> = { ...(sample as Record<string, unknown>) };
    if (drop) delete copy[field];
    else copy[field] = value;
    return copy;
  });
}

/**
 * Inputs lean toward valid ones (example path values, no query, a fresh Idempotency-Key) so that
 * a good share of them passes validation and exercises the calls to the services.
 */
function inputsFor(documented: DocumentedOperation, document: OpenApiDocument): fc.Arbitrary<FuzzInput> {
  const parameters = documented.operation.parameters ?? [];
  const pathNames = [...documented.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
  const pathValue = (name: string) => {
    const parameter = parameters.find((candidate) => candidate.in === 'path' && candidate.name === name);
    const example = parameter ? String(sampleOf(parameter.schema, document)) : 'x';
    return fc.oneof({ arbitrary: fc.constant(example), weight: 4 }, fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 20 }));
  };
  const documentedQuery = parameters.filter((candidate) => candidate.in === 'query').map((candidate) => candidate.name);
  const queryName = documentedQuery.length > 0 ? fc.oneof(fc.constantFrom(...documentedQuery), fc.string({ minLength: 1, maxLength: 12 })) : fc.string({ minLength: 1, maxLength: 12 });
  const queryValue = fc.oneof(fc.string({ maxLength: 40 }), fc.integer().map(String), fc.constantFrom('2026-03-13', '2026-03-10T10:30:00-05:00', 'true', 'CC-1020304050', '', '-1', '1e309'));

  const bodySchema = documented.operation.requestBody?.content['application/json']?.schema;
  const sample = bodySchema ? sampleOf(bodySchema, document) : undefined;
  const body: fc.Arbitrary<FuzzInput['body']> = bodySchema
    ? fc.oneof(
        { arbitrary: fc.constant({ kind: 'json' as const, value: sample }), weight: 3 },
        { arbitrary: mutatedSample(sample).map((value) => ({ kind: 'json' as const, value })), weight: 2 },
        fc.jsonValue().map((value) => ({ kind: 'json' as const, value })),
        fc.string({ maxLength: 60 }).map((text) => ({ kind: 'raw' as const, text })),
      )
    : fc.oneof(fc.constant({ kind: 'none' as const }), fc.jsonValue().map((value) => ({ kind: 'json' as const, value })));

  return fc.record({
    pathValues: fc.tuple(...pathNames.map(pathValue)).map((values) => values as string[]),
    query: fc.oneof({ arbitrary: fc.constant<[string, string][]>([]), weight: 2 }, fc.array(fc.tuple(queryName, queryValue), { maxLength: 4 })),
    body: documented.method === 'GET' ? fc.constant({ kind: 'none' as const }) : body,
    idempotencyKey: fc.oneof({ arbitrary: fc.uuid(), weight: 4 }, fc.string({ maxLength: 300 }), fc.constant(undefined)),
    acceptLanguage: fc.option(fc.constantFrom('en', 'es-CO', 'fr', '*', 'en;q=abc'), { nil: undefined }),
  });
}

function urlOf(documented: DocumentedOperation, input: FuzzInput): string {
  let index = 0;
  const path = documented.path.replace(/\{(\w+)\}/g, () => encodeURIComponent(input.pathValues[index++] ?? ''));
  const query = new URLSearchParams(input.query);
  return query.size > 0 ? `${path}?${query.toString()}` : path;
}

async function withDeadline<T>(work: Promise<T>, description: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${description} did not respond within ${RESPONSE_DEADLINE_MS} ms`)), RESPONSE_DEADLINE_MS);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** Property-based fuzz of every route in the published OpenAPI document: no input gets a 5xx or hangs. */
describe('fuzzing every documented route', () => {
  let services: FakeServices;
  let gateway: GatewayHarness;
  let document: OpenApiDocument;
  let operations: Map<string, DocumentedOperation>;
  let key: string;

  beforeAll(async () => {
    services = await new FakeServices().start();
    gateway = await startGateway({ ...services.env, UPSTREAM_TIMEOUT_MS: '3000' });
    key = (await gateway.createClient(['agent', 'supervisor', 'integration', 'compliance', 'admin'], 1_000_000)).key;
    document = (await gateway.inject({ method: 'GET', url: '/docs-json' })).json();
    operations = new Map(operationsOf(document).map((documented) => [documented.operation.operationId, documented]));
  });

  afterAll(async () => {
    await gateway?.close();
    await services?.stop();
  });

  it.each(PUBLIC_ROUTES.map((route) => route.id))('%s never 5xx or hangs', async (id) => {
    const documented = operations.get(id);
    if (!documented) throw new Error(`${id} is not in the OpenAPI document`);
    const valid = sampleRequestOf(documented, document);

    await fc.assert(
      fc.asyncProperty(inputsFor(documented, document), async (input) => {
        const headers: Record<string, string> = { 'x-api-key': key };
        if (input.idempotencyKey !== undefined) headers['idempotency-key'] = input.idempotencyKey;
        if (input.acceptLanguage !== undefined) headers['accept-language'] = input.acceptLanguage;
        let payload: string | undefined;
        if (input.body.kind !== 'none') {
          headers['content-type'] = 'application/json';
          payload = input.body.kind === 'raw' ? input.body.text : JSON.stringify(input.body.value);
        }

        const response = await withDeadline(gateway.inject({ method: valid.method as 'GET', url: urlOf(documented, input), headers, payload }), `${id}`);

        expect({ id, status: response.statusCode, body: response.statusCode >= 500 ? response.body : '' }).toEqual({ id, status: expect.any(Number), body: '' });
        expect(response.statusCode).toBeLessThan(500);
      }),
      { numRuns: RUNS_PER_ROUTE, interruptAfterTimeLimit: 60_000 },
    );
  });

  it('got past validation often enough to reach every service', () => {
    for (const fake of [services.interactions, services.promises, services.audit]) {
      expect(fake.received.length).toBeGreaterThan(50);
    }
  });
});
