import type { Consumer, EachBatchPayload, IHeaders, Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { Logger } from 'pino';
import { CloudEvent, DeadLetterHeaders, deadLetterTopicOf, EventValidator } from '@bitacora/contracts';
import { isTransientDatabaseError } from '@bitacora/persistence';
import { PermanentMessageError, RetriableError } from './errors';

/** A validated event with where it came from. */
export interface ConsumedEvent {
  event: CloudEvent;
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  headers: IHeaders;
}

/**
 * Applies a batch of events from one partition. It must commit its effect, and the inbox ids of
 * the events, in one database transaction; the runner commits the Kafka offset only after it
 * returns. Throw RetriableError (or let a transient database error through) to have the batch
 * retried; throw PermanentMessageError to dead-letter the message.
 */
export type BatchHandler = (events: ConsumedEvent[]) => Promise<void>;

export interface ConsumerRunnerOptions {
  kafka: Kafka;
  groupId: string;
  topics: string[];
  handler: BatchHandler;
  /** Producer for dead-letter messages. */
  producer: Producer;
  logger: Logger;
  validator?: EventValidator;
  fromBeginning?: boolean;
  /** Called when the consumer crashed and kafkajs will not restart it; the service should exit. */
  onFatal?: (error: Error) => void;
  retry?: { initialDelayMs?: number; maxDelayMs?: number };
  sessionTimeoutMs?: number;
  onDeadLetter?: (topic: string, reason: string) => void;
  /** Number of partitions whose batches are applied at the same time, 1 unless given. Each partition's batches still run in order. */
  partitionsConsumedConcurrently?: number;
  /** Max bytes fetched per partition, 1 MiB unless given. */
  maxBytesPerPartition?: number;
  /** Max bytes fetched per request across partitions, the kafkajs default (10 MiB) unless given. */
  maxBytes?: number;
}

export function isTransient(error: unknown): boolean {
  if (error instanceof RetriableError) return true;
  if (error instanceof PermanentMessageError) return false;
  if (isTransientDatabaseError(error)) return true;
  return error instanceof Error && (error as { retriable?: boolean }).retriable === true && error.name.startsWith('KafkaJS');
}

/**
 * Runs a Kafka consumer group with the platform's delivery rules: offsets are committed by hand
 * after the handler's effect committed; every message is validated against the contracts first;
 * a message that can never succeed goes to `<topic>.dlq` with the reason in headers and the
 * partition goes on; transient faults are retried with exponential backoff and jitter, without
 * committing, for as long as the consumer owns the partition.
 */
export class ConsumerRunner {
  private readonly consumer: Consumer;
  private readonly validator: EventValidator;
  private stopping = false;

  constructor(private readonly options: ConsumerRunnerOptions) {
    this.validator = options.validator ?? new EventValidator();
    this.consumer = options.kafka.consumer({
      groupId: options.groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: options.sessionTimeoutMs ?? 30000,
      heartbeatInterval: 3000,
      maxBytesPerPartition: options.maxBytesPerPartition ?? 1024 * 1024,
      ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
    });
  }

  async start(): Promise<void> {
    const { logger, groupId, topics } = this.options;
    this.consumer.on(this.consumer.events.CRASH, (event) => {
      const { error, restart } = event.payload;
      logger.error({ err: error, groupId, restart }, 'consumer crashed');
      if (!restart && !this.stopping) {
        this.options.onFatal?.(error);
      }
    });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics, fromBeginning: this.options.fromBeginning ?? true });
    await this.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 1,
      eachBatch: (payload) => this.processBatch(payload),
    });
    logger.info({ groupId, topics }, 'consumer started');
  }

  /** Stops fetching, lets the batch in flight finish and commit, and leaves the group. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.consumer.disconnect();
    this.options.logger.info({ groupId: this.options.groupId }, 'consumer stopped');
  }

  private async processBatch(payload: EachBatchPayload): Promise<void> {
    const { batch, heartbeat, isRunning, isStale, resolveOffset } = payload;
    const valid: ConsumedEvent[] = [];

    for (const message of batch.messages) {
      const outcome = this.validator.validate(batch.topic, message.value);
      if (!outcome.ok) {
        await this.deadLetter(batch.topic, batch.partition, message, outcome.code, outcome.detail);
        continue;
      }
      valid.push({
        event: outcome.event,
        topic: batch.topic,
        partition: batch.partition,
        offset: message.offset,
        key: message.key?.toString() ?? null,
        headers: message.headers ?? {},
      });
    }

    const applied = await this.applyWithRetry(valid, batch.topic, batch.partition, heartbeat, () => isRunning() && !isStale());
    if (!applied) {
      return;
    }

    const last = batch.messages[batch.messages.length - 1];
    if (last) {
      resolveOffset(last.offset);
      await this.consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: (BigInt(last.offset) + 1n).toString() }]);
    }
    await heartbeat();
  }

  /** Returns false when the partition was lost or the consumer is stopping before the batch applied. */
  private async applyWithRetry(events: ConsumedEvent[], topic: string, partition: number, heartbeat: () => Promise<void>, owned: () => boolean): Promise<boolean> {
    if (events.length === 0) return true;
    const { logger, groupId } = this.options;
    const initial = this.options.retry?.initialDelayMs ?? 200;
    const max = this.options.retry?.maxDelayMs ?? 30000;

    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.options.handler(events);
        return true;
      } catch (error) {
        if (!isTransient(error)) {
          await this.applyOneByOne(events);
          return true;
        }
        if (!owned() || this.stopping) {
          logger.warn({ err: error, groupId, topic, partition }, 'batch not applied before losing the partition; it will be redelivered');
          return false;
        }
        const delay = Math.round(Math.min(max, initial * 2 ** Math.min(attempt - 1, 16)) * (0.5 + Math.random() / 2));
        logger.warn({ err: error, groupId, topic, partition, attempt, retryInMs: delay, firstOffset: events[0].offset }, 'transient failure applying batch; retrying');
        await new Promise((resolve) => setTimeout(resolve, delay));
        await heartbeat().catch((heartbeatError: unknown) => logger.warn({ err: heartbeatError, groupId }, 'heartbeat failed during retry'));
      }
    }
  }

  /**
   * Isolates the message that cannot be applied: each event is applied alone, a permanent
   * failure goes to the dead-letter topic, a transient one is retried as usual.
   */
  private async applyOneByOne(events: ConsumedEvent[]): Promise<void> {
    for (const consumed of events) {
      for (let attempt = 1; ; attempt += 1) {
        try {
          await this.options.handler([consumed]);
          break;
        } catch (error) {
          if (isTransient(error) && !this.stopping) {
            const delay = Math.min(30000, 200 * 2 ** Math.min(attempt, 10));
            await new Promise((resolve) => setTimeout(resolve, delay));
            continue;
          }
          const code = error instanceof PermanentMessageError ? error.code : 'HANDLER_FAILED';
          if (!(error instanceof PermanentMessageError)) {
            this.options.logger.error({ err: error, eventId: consumed.event.id, topic: consumed.topic, partition: consumed.partition, offset: consumed.offset }, 'handler failed on a message; dead-lettering it');
          }
          const message: KafkaMessage = {
            key: consumed.key === null ? null : Buffer.from(consumed.key),
            value: Buffer.from(JSON.stringify(consumed.event)),
            headers: consumed.headers,
            offset: consumed.offset,
            timestamp: String(Date.now()),
            attributes: 0,
          };
          await this.deadLetter(consumed.topic, consumed.partition, message, code, (error as Error).message);
          break;
        }
      }
    }
  }

  private async deadLetter(topic: string, partition: number, message: KafkaMessage, reason: string, detail: string): Promise<void> {
    const headers: IHeaders = {
      ...(message.headers ?? {}),
      [DeadLetterHeaders.reason]: reason,
      [DeadLetterHeaders.detail]: detail.slice(0, 2000),
      [DeadLetterHeaders.originalTopic]: topic,
      [DeadLetterHeaders.originalPartition]: String(partition),
      [DeadLetterHeaders.originalOffset]: message.offset,
      [DeadLetterHeaders.consumerGroup]: this.options.groupId,
      [DeadLetterHeaders.failedAt]: new Date().toISOString(),
    };
    await this.options.producer.send({
      topic: deadLetterTopicOf(topic),
      acks: -1,
      messages: [{ key: message.key, value: message.value, headers }],
    });
    this.options.onDeadLetter?.(topic, reason);
    this.options.logger.warn({ topic, partition, offset: message.offset, reason, detail: detail.slice(0, 300), groupId: this.options.groupId }, 'message sent to dead-letter topic');
  }
}
