import { Inject, Injectable, type OnApplicationBootstrap, type BeforeApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE, ROOT_LOGGER, CONFIG } from '@bitacora/runtime';
import type { AuditConfig } from '../config';
import type { ResolvedAuditOptions } from '../audit-options';
import { AUDIT_OPTIONS, AUDIT_SCHEMA_NAME, LEDGER_KEYS } from '../tokens';
import type { LedgerKeys } from './ledger-keys';
import { signCheckpointIfDue, type SignCheckpointSettings } from './sign-checkpoint';

// The checkpoint check runs at least this often, so the interval setting is honored within a second.
const MAX_TICK_MS = 1000;

/**
 * Signs checkpoints on a timer, and sooner when the sealer reports that enough records are
 * pending. One check runs at a time; a failed check is logged and tried again on the next tick.
 */
@Injectable()
export class CheckpointScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger: Logger;
  private readonly settings: SignCheckpointSettings;
  private timer?: NodeJS.Timeout;
  private running: Promise<void> | null = null;
  private sealedSinceCheck = 0;
  private stopped = false;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CONFIG) config: AuditConfig,
    @Inject(ROOT_LOGGER) rootLogger: Logger,
    @Inject(LEDGER_KEYS) keys: LedgerKeys,
    @Inject(AUDIT_OPTIONS) options: ResolvedAuditOptions,
    @Inject(AUDIT_SCHEMA_NAME) schema: string,
  ) {
    this.logger = rootLogger.child({ component: 'CheckpointScheduler' });
    this.settings = {
      schema,
      auditTopic: options.topics.audit,
      signingKey: keys.signingKey,
      policy: { everyRecords: config.AUDIT_CHECKPOINT_EVERY_RECORDS, intervalMs: config.AUDIT_CHECKPOINT_INTERVAL_MS },
      startedAt: new Date(),
    };
  }

  onApplicationBootstrap(): void {
    const tickMs = Math.min(MAX_TICK_MS, this.settings.policy.intervalMs);
    this.timer = setInterval(() => void this.check(), tickMs);
    this.logger.info({ keyId: this.settings.signingKey.keyId, ...this.settings.policy }, 'checkpoint scheduler started');
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** Counts records sealed by this instance and checks at once when they reach the count setting. */
  recordsSealed(count: number): void {
    this.sealedSinceCheck += count;
    if (this.sealedSinceCheck >= this.settings.policy.everyRecords) {
      void this.check();
    }
  }

  /** Runs one check now, or waits for the one in progress. */
  check(): Promise<void> {
    if (this.stopped) {
      return Promise.resolve();
    }
    if (this.running === null) {
      this.sealedSinceCheck = 0;
      this.running = this.signIfDue().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  private async signIfDue(): Promise<void> {
    try {
      const checkpoint = await signCheckpointIfDue(this.dataSource, this.settings);
      if (checkpoint !== null) {
        this.logger.info({ checkpointSequence: checkpoint.checkpointSequence, chains: checkpoint.heads.length, keyId: checkpoint.keyId }, 'checkpoint signed');
      }
    } catch (error) {
      this.logger.error({ err: error }, 'checkpoint signing failed; retrying on the next tick');
    }
  }
}
