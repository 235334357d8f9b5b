import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE, CONFIG, ROOT_LOGGER } from '@bitacora/runtime';
import type { PromisesConfig } from '../config';
import { PROMISES_OPTIONS, type ResolvedPromisesOptions } from '../module-options';
import { breakOverdueAccounts, type OverdueRunDependencies, type OverdueRunResult } from './break-overdue-accounts';

/**
 * Runs the overdue check every SCHEDULER_INTERVAL_SECONDS. Any number of instances may run it at
 * once: each transaction claims different accounts (FOR UPDATE SKIP LOCKED).
 */
@Injectable()
export class OverdueScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger: Logger;
  private readonly dependencies: OverdueRunDependencies;
  private readonly intervalMs: number;
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;

  constructor(
    @Inject(DATA_SOURCE) dataSource: DataSource,
    @Inject(CONFIG) config: PromisesConfig,
    @Inject(ROOT_LOGGER) rootLogger: Logger,
    @Inject(PROMISES_OPTIONS) private readonly options: ResolvedPromisesOptions,
  ) {
    this.logger = rootLogger.child({ component: 'OverdueScheduler' });
    this.dependencies = { dataSource, schema: options.schema, eventsTopic: options.topics.promises, batchSize: config.SCHEDULER_BATCH_SIZE };
    this.intervalMs = config.SCHEDULER_INTERVAL_SECONDS * 1000;
  }

  onApplicationBootstrap(): void {
    if (!this.options.schedulerEnabled) {
      this.logger.info('scheduler disabled');
      return;
    }
    this.schedule();
    this.logger.info({ intervalMs: this.intervalMs, batchSize: this.dependencies.batchSize }, 'scheduler started');
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    this.logger.info('scheduler stopped');
  }

  /** Runs one overdue check now, as of `now`; the periodic runs call it with the clock. */
  async runOnce(now: Date = this.options.clock()): Promise<OverdueRunResult> {
    const result = await breakOverdueAccounts(this.dependencies, now);
    if (result.accounts > 0) {
      this.logger.info({ accounts: result.accounts, events: result.events, asOf: now.toISOString() }, 'overdue promises and installments judged');
    }
    return result;
  }

  private schedule(): void {
    if (this.stopped) {
      return;
    }
    this.timer = setTimeout(() => {
      this.running = this.runOnce()
        .catch((error: unknown) => this.logger.error({ err: error }, 'overdue check failed; it runs again at the next interval'))
        .finally(() => this.schedule());
    }, this.intervalMs);
  }
}
