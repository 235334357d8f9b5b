// A bounded HTTP load generator on node:http keep-alive sockets: a closed loop that finds the
// highest sustained rate, and an open loop at a fixed rate whose latencies count from each
// request's planned start, so a slow server cannot hide its queueing.
import { Agent, request } from 'node:http';
import { percentile, round } from './kit';

export interface PlannedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface LoadResult {
  completed: number;
  failed: number;
  /** Requests not started because the in-flight bound was reached (open loop only). */
  skipped: number;
  seconds: number;
  perSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  statuses: Record<string, number>;
  /** Completion instant (ms since epoch) and response body of each 2xx, when asked for. */
  accepted: { at: number; body: string }[];
}

export interface LoadTarget {
  port: number;
  /** Builds request number `index`. */
  next(index: number): PlannedRequest;
  keepBodies?: boolean;
}

function send(agent: Agent, port: number, planned: PlannedRequest): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port, method: planned.method, path: planned.path, headers: planned.headers, agent, timeout: 30_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    outgoing.on('timeout', () => outgoing.destroy(new Error('request timed out after 30 s')));
    outgoing.on('error', reject);
    outgoing.end(planned.body);
  });
}

class Recorder {
  readonly latencies: number[] = [];
  readonly statuses: Record<string, number> = {};
  readonly accepted: { at: number; body: string }[] = [];
  failed = 0;
  skipped = 0;

  constructor(private readonly keepBodies: boolean) {}

  record(status: number | 'error', latencyMs: number, body: string): void {
    this.statuses[status] = (this.statuses[status] ?? 0) + 1;
    if (status === 'error' || status < 200 || status >= 300) {
      this.failed++;
      return;
    }
    this.latencies.push(latencyMs);
    if (this.keepBodies) {
      this.accepted.push({ at: Date.now(), body });
    }
  }

  result(seconds: number): LoadResult {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    return {
      completed: sorted.length,
      failed: this.failed,
      skipped: this.skipped,
      seconds: round(seconds),
      perSecond: round(sorted.length / seconds),
      latencyMs: { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)), max: round(sorted.at(-1) ?? Number.NaN) },
      statuses: this.statuses,
      accepted: this.accepted,
    };
  }
}

async function timed(agent: Agent, target: LoadTarget, index: number, plannedAt: number, recorder: Recorder): Promise<void> {
  try {
    const { status, body } = await send(agent, target.port, target.next(index));
    recorder.record(status, performance.now() - plannedAt, body);
  } catch {
    recorder.record('error', performance.now() - plannedAt, '');
  }
}

/** `concurrency` workers send back to back until `maxRequests` are done or `seconds` pass. */
export async function closedLoop(target: LoadTarget, concurrency: number, seconds: number, maxRequests: number, firstIndex = 0): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const recorder = new Recorder(target.keepBodies ?? false);
  const startedAt = performance.now();
  const deadline = startedAt + seconds * 1000;
  let issued = 0;
  const worker = async () => {
    while (issued < maxRequests && performance.now() < deadline) {
      const index = firstIndex + issued++;
      await timed(agent, target, index, performance.now(), recorder);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const result = recorder.result((performance.now() - startedAt) / 1000);
  agent.destroy();
  return result;
}

/** Starts `rate` requests per second for `seconds`, at most `maxInFlight` at once; a request that would exceed it is skipped and counted. */
export async function openLoop(target: LoadTarget, rate: number, seconds: number, maxInFlight = 256, firstIndex = 0): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: maxInFlight });
  const recorder = new Recorder(target.keepBodies ?? false);
  const total = Math.floor(rate * seconds);
  const interval = 1000 / rate;
  const startedAt = performance.now();
  const pending = new Set<Promise<void>>();
  for (let issued = 0; issued < total; issued++) {
    const plannedAt = startedAt + issued * interval;
    const wait = plannedAt - performance.now();
    if (wait > 1) {
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
    if (pending.size >= maxInFlight) {
      recorder.skipped++;
      continue;
    }
    const promise = timed(agent, target, firstIndex + issued, plannedAt, recorder).finally(() => pending.delete(promise));
    pending.add(promise);
  }
  await Promise.all(pending);
  const result = recorder.result((performance.now() - startedAt) / 1000);
  agent.destroy();
  return result;
}
