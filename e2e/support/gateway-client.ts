import { randomUUID } from 'node:crypto';

export interface GatewayResponse<Body> {
  status: number;
  headers: Headers;
  body: Body;
  text: string;
}

/** A CRM, supervisor or compliance tool calling the gateway with an API key. */
export class GatewayClient {
  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
  ) {}

  /** POSTs `body` with an Idempotency-Key; pass the same key again to replay the request. */
  async post<Body>(path: string, body: unknown, idempotencyKey: string = randomUUID()): Promise<GatewayResponse<Body>> {
    return this.send<Body>('POST', path, { 'content-type': 'application/json', 'idempotency-key': idempotencyKey }, JSON.stringify(body));
  }

  async get<Body>(path: string): Promise<GatewayResponse<Body>> {
    return this.send<Body>('GET', path, {});
  }

  private async send<Body>(method: string, path: string, headers: Record<string, string>, body?: string): Promise<GatewayResponse<Body>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { 'x-api-key': this.apiKey, 'accept-language': 'en', ...headers },
      body,
    });
    const text = await response.text();
    const isJson = (response.headers.get('content-type') ?? '').includes('json') && !path.includes('/export');

    return { status: response.status, headers: response.headers, body: (isJson && text !== '' ? JSON.parse(text) : text) as Body, text };
  }
}

/** Throws with the response text when the status is not the expected one. */
export function expectStatus<Body>(response: GatewayResponse<Body>, expected: number, what: string): GatewayResponse<Body> {
  if (response.status !== expected) {
    throw new Error(`${what}: expected HTTP ${expected}, got ${response.status}: ${response.text}`);
  }
  return response;
}
