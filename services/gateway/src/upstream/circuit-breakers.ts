import CircuitBreaker from 'opossum';
import type { Logger } from 'pino';
import type { ServiceMetrics } from '@bitacora/observability';
import { UpstreamHttpError } from './upstream-errors';
import { UPSTREAMS, UpstreamName } from './upstream-name';

export interface BreakerSettings {
  errorThresholdPercentage: number;
  volumeThreshold: number;
  resetTimeoutMs: number;
}

type Work = () => Promise<unknown>;

/** Gauge values of ServiceMetrics.circuitState. */
const GAUGE = { closed: 0, halfOpen: 0.5, open: 1 } as const;

/**
 * One opossum circuit breaker per service. The breaker runs whatever call it is given; the call
 * cancels itself on timeout, so opossum's own timeout is off. A 4xx response is the caller's
 * mistake and counts as a success (errorFilter); 5xx responses, timeouts and unreachable services
 * count as failures.
 */
export class CircuitBreakers {
  private readonly breakers = new Map<UpstreamName, CircuitBreaker<[Work], unknown>>();
  private readonly openedAt = new Map<UpstreamName, number>();

  constructor(
    private readonly settings: BreakerSettings,
    metrics: ServiceMetrics,
    logger: Logger,
  ) {
    for (const name of UPSTREAMS) {
      const breaker = new CircuitBreaker<[Work], unknown>((work: Work) => work(), {
        name,
        timeout: false,
        errorThresholdPercentage: settings.errorThresholdPercentage,
        volumeThreshold: settings.volumeThreshold,
        resetTimeout: settings.resetTimeoutMs,
        rollingCountTimeout: 10_000,
        errorFilter: (error: unknown) => error instanceof UpstreamHttpError && error.isClientError,
      });
      const gauge = metrics.circuitState.labels(name);
      gauge.set(GAUGE.closed);
      breaker.on('open', () => {
        this.openedAt.set(name, Date.now());
        gauge.set(GAUGE.open);
        logger.warn({ upstream: name, resetTimeoutMs: settings.resetTimeoutMs }, 'circuit breaker opened');
      });
      breaker.on('halfOpen', () => {
        gauge.set(GAUGE.halfOpen);
        logger.info({ upstream: name }, 'circuit breaker half-open: letting one trial call through');
      });
      breaker.on('close', () => {
        gauge.set(GAUGE.closed);
        logger.info({ upstream: name }, 'circuit breaker closed');
      });
      this.breakers.set(name, breaker);
    }
  }

  fire<T>(name: UpstreamName, work: () => Promise<T>): Promise<T> {
    return this.breakerOf(name).fire(work) as Promise<T>;
  }

  isOpen(name: UpstreamName): boolean {
    return this.breakerOf(name).opened;
  }

  /** Whole seconds until the open breaker of `name` lets a trial call through; at least 1. */
  retryAfterSeconds(name: UpstreamName): number {
    const openedAt = this.openedAt.get(name) ?? Date.now();
    const remainingMs = openedAt + this.settings.resetTimeoutMs - Date.now();
    return Math.max(1, Math.ceil(remainingMs / 1000));
  }

  shutdown(): void {
    for (const breaker of this.breakers.values()) {
      breaker.shutdown();
    }
  }

  private breakerOf(name: UpstreamName): CircuitBreaker<[Work], unknown> {
    const breaker = this.breakers.get(name);
    if (!breaker) {
      throw new Error(`no circuit breaker for upstream "${name}"`);
    }
    return breaker;
  }
}

/** opossum rejects with this code while a breaker is open. */
export function isOpenBreakerError(error: unknown): boolean {
  return error instanceof Error && (error as Error & { code?: string }).code === 'EOPENBREAKER';
}
