import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request a fake service received. */
export interface ReceivedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

export interface FakeAnswer {
  status: number;
  body?: unknown;
  /** Defaults to application/json, or application/problem+json for a status of 400 or more. */
  contentType?: string;
  /** Never respond: the request hangs until the client gives up. */
  hang?: boolean;
}

export type FakeHandler = (request: ReceivedRequest, params: Record<string, string>) => FakeAnswer | Promise<FakeAnswer>;

interface FakeRoute {
  method: string;
  pattern: RegExp;
  names: string[];
  handler: FakeHandler;
}

/**
 * A small real HTTP server on 127.0.0.1 and a random port that replaces one of the internal
 * services: it responds to registered routes and records every request, so tests can check what the
 * gateway sent. Requests the gateway abandons are counted as aborted.
 */
export class FakeUpstream {
  readonly received: ReceivedRequest[] = [];
  aborted = 0;
  private readonly routes: FakeRoute[] = [];
  private readonly server: Server;
  private readonly hanging = new Set<ServerResponse>();

  constructor() {
    this.server = createServer((request, response) => void this.serve(request, response));
  }

  get url(): string {
    const address = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    for (const response of this.hanging) response.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Responds to `method path`, where path segments like `:id` match anything but a slash. */
  on(method: string, path: string, handler: FakeHandler): this {
    const names: string[] = [];
    const source = path.replace(/:(\w+)/g, (_whole, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    this.routes.unshift({ method, pattern: new RegExp(`^${source}$`), names, handler });
    return this;
  }

  /** Forgets every route and every recorded request. */
  reset(): void {
    this.routes.length = 0;
    this.received.length = 0;
  }

  requestsTo(path: string): ReceivedRequest[] {
    return this.received.filter((request) => request.path === path);
  }

  private async serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://fake');
    const received: ReceivedRequest = {
      method: request.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: request.headers,
      body: await readJson(request),
    };
    this.received.push(received);

    const answer = await this.responseTo(received);
    if (answer.hang) {
      this.hanging.add(response);
      response.on('close', () => {
        if (!response.writableEnded) this.aborted += 1;
        this.hanging.delete(response);
      });
      return;
    }
    const contentType = answer.contentType ?? (answer.status >= 400 ? 'application/problem+json; charset=utf-8' : 'application/json; charset=utf-8');
    let body = '';
    if (typeof answer.body === 'string') body = answer.body;
    else if (answer.body !== undefined) body = JSON.stringify(answer.body);
    response.writeHead(answer.status, { 'content-type': contentType });
    response.end(body);
  }

  /**
   * Returns the registered response, a 404 problem for an unknown route, or a 400 problem when a
   * handler cannot read the request, as a service's validation would respond.
   */
  private async responseTo(request: ReceivedRequest): Promise<FakeAnswer> {
    const problem = (status: number, detail: string) => ({ status, body: { type: 'about:blank', title: 'Problem', status, detail, code: 'fake.problem', instance: request.path, requestId: 'fake' } });
    const match = this.match(request);
    if (!match) {
      return problem(404, 'no such route');
    }
    try {
      return await match.route.handler(request, match.params);
    } catch (error) {
      return problem(400, (error as Error).message);
    }
  }

  private match(request: ReceivedRequest): { route: FakeRoute; params: Record<string, string> } | undefined {
    for (const route of this.routes) {
      if (route.method !== request.method) continue;
      const found = route.pattern.exec(request.path);
      if (!found) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, index) => (params[name] = decodeURIComponent(found[index + 1])));
      return { route, params };
    }
    return undefined;
  }
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    if (error instanceof SyntaxError) return text;
    throw error;
  }
}
