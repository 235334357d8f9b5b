import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { ROOT_LOGGER } from '@bitacora/runtime';
import { IdempotencyStore } from './idempotency.store';

const SWEEP_INTERVAL_MS = 10 * 60 * 1000;
const SWEEP_BATCH = 5000;

/** Deletes expired idempotency keys every ten minutes, in batches, on every gateway instance. */
@Injectable()
export class IdempotencySweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private readonly logger: Logger;

  constructor(
    private readonly store: IdempotencyStore,
    @Inject(ROOT_LOGGER) rootLogger: Logger,
  ) {
    this.logger = rootLogger.child({ component: 'IdempotencySweeper' });
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async sweep(): Promise<number> {
    try {
      const deleted = await this.store.deleteExpired(SWEEP_BATCH);
      if (deleted > 0) {
        this.logger.info({ deleted }, 'expired idempotency keys deleted');
      }
      return deleted;
    } catch (error) {
      this.logger.warn({ err: error }, 'deleting expired idempotency keys failed; the next sweep retries');
      return 0;
    }
  }
}
