import type { Kafka, Producer } from 'kafkajs';
import type { Logger } from 'pino';
import { ConsumerRunner, type BatchHandler, type ConsumerRunnerOptions } from '@bitacora/messaging';
import type { ServiceMetrics } from '@bitacora/observability';

export interface ConsumerSpec {
  kafka: Kafka;
  producer: Producer;
  metrics: ServiceMetrics;
  logger: Logger;
  groupId: string;
  topic: string;
  handler: BatchHandler;
  /** Fetch sizes and partition concurrency for the runner, which uses its own defaults for those not given. */
  tuning?: Pick<ConsumerRunnerOptions, 'partitionsConsumedConcurrently' | 'maxBytesPerPartition' | 'maxBytes'>;
}

/**
 * A started consumer group with the platform's delivery rules (ConsumerRunner). When kafkajs
 * gives up on it, the process sends itself SIGTERM for a graceful shutdown, so that the
 * orchestrator restarts the service instead of leaving it up without a consumer.
 */
export class ManagedConsumer {
  private runner?: ConsumerRunner;
  private stopping = false;

  constructor(private readonly spec: ConsumerSpec) {}

  get isStopping(): boolean {
    return this.stopping;
  }

  async start(): Promise<void> {
    const { kafka, producer, metrics, logger, groupId, topic, handler, tuning } = this.spec;
    this.runner = new ConsumerRunner({
      ...tuning,
      kafka,
      groupId,
      topics: [topic],
      handler,
      producer,
      logger,
      onFatal: (error) => this.stopOnFatal(error),
      onDeadLetter: (deadLetteredTopic, reason) => metrics.deadLettered.inc({ topic: deadLetteredTopic, reason }),
    });
    await this.runner.start();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.runner?.stop();
  }

  private stopOnFatal(error: Error): void {
    this.spec.logger.fatal({ err: error, groupId: this.spec.groupId }, 'consumer stopped for good; shutting the service down');
    process.exitCode = 1;
    process.kill(process.pid, 'SIGTERM');
  }
}
