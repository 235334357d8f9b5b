import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { Kafka, Producer } from 'kafkajs';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { ConsumerRunner, type ConsumedEvent } from '@bitacora/messaging';
import { ServiceMetrics } from '@bitacora/observability';
import { CONFIG, DATA_SOURCE, KAFKA, METRICS, PRODUCER, ROOT_LOGGER } from '@bitacora/runtime';
import { inputTopicsOf, type ResolvedAuditOptions } from '../audit-options';
import { CheckpointScheduler } from '../checkpoints/checkpoint-scheduler';
import type { AuditConfig } from '../config';
import { PartitionMaintenance } from '../retention/partition-maintenance';
import { AUDIT_OPTIONS, AUDIT_SCHEMA_NAME } from '../tokens';
import { LedgerEventValidator } from './ledger-event-validator';
import { MissingPartitionError, sealBatch, type SealBatchSettings } from './seal-batch';

/**
 * Consumes every input topic and seals each batch (one input partition at a time) into that
 * partition's chain. Offsets are committed by the consumer runner after the seal committed.
 */
@Injectable()
export class LedgerConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger: Logger;
  private readonly settings: SealBatchSettings;
  private readonly runners: ConsumerRunner[] = [];

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(PRODUCER) private readonly producer: Producer,
    @Inject(METRICS) private readonly metrics: ServiceMetrics,
    @Inject(ROOT_LOGGER) rootLogger: Logger,
    @Inject(CONFIG) private readonly config: AuditConfig,
    @Inject(AUDIT_OPTIONS) private readonly options: ResolvedAuditOptions,
    @Inject(AUDIT_SCHEMA_NAME) schema: string,
    private readonly checkpoints: CheckpointScheduler,
    private readonly partitions: PartitionMaintenance,
  ) {
    this.logger = rootLogger.child({ component: 'LedgerConsumer' });
    this.settings = {
      schema,
      auditTopic: options.topics.audit,
      validator: new LedgerEventValidator(inputTopicsOf(options.topics)),
    };
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.options.consume) {
      return;
    }
    // Batches of different partitions are sealed at the same time, so one batch's database work
    // overlaps another's hashing. Fetch limits bound the memory each consumer uses.
    for (let instance = 0; instance < this.config.AUDIT_CONSUMER_INSTANCES; instance++) {
      const runner = new ConsumerRunner({
        kafka: this.kafka,
        groupId: this.options.groupId,
        topics: [...inputTopicsOf(this.options.topics).keys()],
        handler: (events) => this.seal(events),
        producer: this.producer,
        logger: this.logger.child({ consumerInstance: instance }),
        validator: this.settings.validator,
        onFatal: (error) => this.stopOnFatal(error),
        onDeadLetter: (topic, reason) => this.metrics.deadLettered.inc({ topic, reason }),
        partitionsConsumedConcurrently: this.config.AUDIT_PARTITIONS_CONCURRENTLY,
        maxBytesPerPartition: this.config.AUDIT_FETCH_MAX_BYTES_PER_PARTITION,
        maxBytes: this.config.AUDIT_FETCH_MAX_BYTES,
      });
      this.runners.push(runner);
      await runner.start();
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.runners.map((runner) => runner.stop()));
  }

  private async seal(events: ConsumedEvent[]): Promise<void> {
    try {
      const outcome = await sealBatch(this.dataSource, this.settings, events);
      this.metrics.eventsConsumed.inc({ topic: events[0].topic }, outcome.sealed.length);
      if (outcome.duplicates > 0) {
        this.logger.info({ chainId: outcome.chainId, duplicates: outcome.duplicates, firstOffset: events[0].offset }, 'redelivered events skipped');
      }
      this.checkpoints.recordsSealed(outcome.sealed.length);
    } catch (error) {
      if (error instanceof MissingPartitionError) {
        this.logger.error({ err: error }, 'no ledger partition for the current month; running partition maintenance');
        await this.partitions.run();
      }
      throw error;
    }
  }

  private stopOnFatal(error: Error): void {
    this.logger.fatal({ err: error, groupId: this.options.groupId }, 'ledger consumer stopped for good');
    if (this.options.onConsumerFatal !== undefined) {
      this.options.onConsumerFatal(error);
      return;
    }
    // Asks for the graceful shutdown that bootstrapService installs, so the orchestrator restarts the service.
    process.exitCode = 1;
    process.kill(process.pid, 'SIGTERM');
  }
}
