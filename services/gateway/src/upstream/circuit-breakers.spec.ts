import pino from 'pino';
import { ServiceMetrics } from '@bitacora/observability';
import { CircuitBreakers, isOpenBreakerError } from './circuit-breakers';
import { UpstreamHttpError, UpstreamUnreachableError } from './upstream-errors';

function breakers(metrics = new ServiceMetrics('gateway-test')) {
  return new CircuitBreakers({ errorThresholdPercentage: 50, volumeThreshold: 2, resetTimeoutMs: 30_000 }, metrics, pino({ level: 'silent' }));
}

const clientError = () => Promise.reject(new UpstreamHttpError('promises', { status: 404, headers: {}, body: '{}' }));
const unreachable = () => Promise.reject(new UpstreamUnreachableError('promises', new Error('ECONNREFUSED')));

async function settle(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('CircuitBreakers', () => {
  it('ignores 4xx responses', async () => {
    const subject = breakers();
    for (let call = 0; call < 5; call++) {
      await settle(subject.fire('promises', clientError));
    }

    expect(subject.isOpen('promises')).toBe(false);
    subject.shutdown();
  });

  it('opens after failures and then rejects without calling', async () => {
    const metrics = new ServiceMetrics('gateway-test');
    const subject = breakers(metrics);
    await settle(subject.fire('promises', unreachable));
    await settle(subject.fire('promises', unreachable));
    let called = false;
    const rejected = await settle(subject.fire('promises', async () => (called = true)));

    expect(subject.isOpen('promises')).toBe(true);
    expect(isOpenBreakerError(rejected)).toBe(true);
    expect(called).toBe(false);
    expect(subject.retryAfterSeconds('promises')).toBeGreaterThanOrEqual(29);
    expect(subject.retryAfterSeconds('promises')).toBeLessThanOrEqual(30);
    expect((await metrics.circuitState.get()).values).toContainEqual(expect.objectContaining({ labels: { target: 'promises' }, value: 1 }));
    subject.shutdown();
  });

  it('keeps one breaker per service', async () => {
    const subject = breakers();
    await settle(subject.fire('promises', unreachable));
    await settle(subject.fire('promises', unreachable));

    expect(subject.isOpen('promises')).toBe(true);
    expect(subject.isOpen('interactions')).toBe(false);
    subject.shutdown();
  });
});
