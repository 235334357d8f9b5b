import { Inject, Injectable, type BeforeApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import type { Logger } from 'pino';
import { CONFIG, ROOT_LOGGER } from '@bitacora/runtime';
import type { AuditConfig } from '../config';
import { createLedgerPartitions } from '../storage/partition-ddl';
import { AUDIT_SCHEMA_NAME } from '../tokens';

/**
 * Keeps the monthly partitions of the ledger created AUDIT_PARTITION_MONTHS_AHEAD months ahead.
 * Creating a table needs the schema owner, so this task connects with DATABASE_MIGRATION_URL,
 * never with the app role. It runs at startup, on a timer, and whenever sealing finds no
 * partition for the current month. It only creates partitions: no code path drops one.
 */
@Injectable()
export class PartitionMaintenance implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger: Logger;
  private timer?: NodeJS.Timeout;
  private running: Promise<void> | null = null;

  constructor(
    @Inject(CONFIG) private readonly config: AuditConfig,
    @Inject(ROOT_LOGGER) rootLogger: Logger,
    @Inject(AUDIT_SCHEMA_NAME) private readonly schema: string,
  ) {
    this.logger = rootLogger.child({ component: 'PartitionMaintenance' });
  }

  async onModuleInit(): Promise<void> {
    await this.createPartitions();
    this.timer = setInterval(() => void this.run(), this.config.AUDIT_PARTITION_MAINTENANCE_INTERVAL_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Runs the maintenance once; a failure is logged, and the next run tries again. */
  run(): Promise<void> {
    if (this.running === null) {
      this.running = this.createPartitions()
        .catch((error: unknown) => this.logger.error({ err: error, schema: this.schema }, 'ledger partition maintenance failed; retrying on the next run'))
        .finally(() => {
          this.running = null;
        });
    }
    return this.running;
  }

  private async createPartitions(): Promise<void> {
    const client = new Client({ connectionString: this.config.DATABASE_MIGRATION_URL ?? this.config.DATABASE_URL, application_name: 'audit-partition-maintenance' });
    await client.connect();
    try {
      await client.query('BEGIN');
      // Instances starting together would otherwise race on CREATE TABLE.
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${this.schema}:partition-maintenance`]);
      const partitions = await createLedgerPartitions(client, this.schema, new Date(), this.config.AUDIT_PARTITION_MONTHS_AHEAD);
      await client.query('COMMIT');
      this.logger.info({ schema: this.schema, through: partitions[partitions.length - 1].name }, 'ledger partitions ensured');
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: unknown) => this.logger.warn({ err: rollbackError }, 'rollback of partition maintenance failed'));
      throw error;
    } finally {
      await client.end();
    }
  }
}
