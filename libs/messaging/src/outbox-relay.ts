import type { Producer, TopicMessages } from 'kafkajs';
import { Client, ClientConfig, Pool } from 'pg';
import type { Logger } from 'pino';
import { outboxChannelOf } from './outbox-writer';

export interface OutboxRelayOptions {
  /** Connection settings of the service's own role; the relay opens its own connections. */
  connection: ClientConfig;
  schema: string;
  producer: Producer;
  logger: Logger;
  batchSize?: number;
  /** Fallback poll interval in milliseconds when no notification arrives. */
  pollIntervalMs?: number;
  /** How long published rows are kept before deletion, in milliseconds. */
  retentionMs?: number;
  onPublished?: (count: number) => void;
}

interface OutboxRow {
  id: string;
  topic: string;
  message_key: string;
  headers: Record<string, string>;
  value: string;
}

/**
 * Publishes the outbox to Kafka. One relay per schema is active at a time: it holds a session
 * advisory lock, and the other instances wait to take over. Each pass reads every unpublished
 * row in id order and keeps no position, so a row whose transaction commits late is simply
 * found by a later pass and never skipped. The rows stay locked (`FOR UPDATE SKIP LOCKED`) until
 * Kafka acknowledged them and they are marked published in the same transaction. A crash in
 * between publishes them again, and consumers drop the duplicate by event id.
 */
export class OutboxRelay {
  private readonly pool: Pool;
  private listener?: Client;
  private leaderClient?: Client;
  private running = false;
  private wake?: () => void;
  private notified = false;
  private loop?: Promise<void>;
  private lastCleanup = 0;

  constructor(private readonly options: OutboxRelayOptions) {
    this.pool = new Pool({ ...options.connection, max: 2 });
    // An idle client dies when PostgreSQL restarts; without a listener that error ends the process.
    this.pool.on('error', (error) => options.logger.warn({ err: error, schema: options.schema }, 'outbox pool connection lost; it reconnects on next use'));
  }

  async start(): Promise<void> {
    this.running = true;
    this.listener = new Client(this.options.connection);
    await this.listener.connect();
    this.listener.on('notification', () => {
      this.notified = true;
      this.wake?.();
    });
    this.listener.on('error', (error) => this.options.logger.error({ err: error, schema: this.options.schema }, 'outbox listener connection failed'));
    await this.listener.query(`LISTEN "${outboxChannelOf(this.options.schema)}"`);
    this.loop = this.run();
    this.options.logger.info({ schema: this.options.schema }, 'outbox relay started');
  }

  /** Stops after the batch in flight, so every row it read is either published and marked or left for the next relay. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.listener?.end().catch((error: unknown) => this.options.logger.warn({ err: error }, 'closing outbox listener failed'));
    await this.leaderClient?.end().catch((error: unknown) => this.options.logger.warn({ err: error }, 'closing outbox leader connection failed'));
    await this.pool.end();
    this.options.logger.info({ schema: this.options.schema }, 'outbox relay stopped');
  }

  /** Publishes everything that is visible now; returns the number of rows published. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const published = await this.publishBatch();
      total += published;
      if (published === 0) return total;
    }
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        if (!(await this.holdLeadership())) {
          await this.idle(this.options.pollIntervalMs ?? 1000);
          continue;
        }
        this.notified = false;
        const published = await this.drain();
        failures = 0;
        await this.cleanup();
        if (published === 0) {
          await this.idle(this.options.pollIntervalMs ?? 1000);
        }
      } catch (error) {
        failures += 1;
        const delay = Math.min(30000, 200 * 2 ** Math.min(failures, 8)) * (0.5 + Math.random() / 2);
        this.options.logger.error({ err: error, schema: this.options.schema, failures, retryInMs: Math.round(delay) }, 'outbox publish failed; retrying');
        await this.dropLeadership();
        await this.idle(delay);
      }
    }
  }

  private async holdLeadership(): Promise<boolean> {
    if (this.leaderClient) {
      return true;
    }
    const client = new Client(this.options.connection);
    await client.connect();
    client.on('error', () => {
      this.leaderClient = undefined;
    });
    const result = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [`outbox-relay:${this.options.schema}`]);
    if (!result.rows[0].locked) {
      await client.end();
      return false;
    }
    this.leaderClient = client;
    this.options.logger.info({ schema: this.options.schema }, 'outbox relay is the active publisher');
    return true;
  }

  private async dropLeadership(): Promise<void> {
    const client = this.leaderClient;
    this.leaderClient = undefined;
    await client?.end().catch(() => undefined);
  }

  private async publishBatch(): Promise<number> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<OutboxRow>(
        `SELECT id, topic, message_key, headers, value FROM "${this.options.schema}".outbox
         WHERE published_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.options.batchSize ?? 500],
      );
      if (rows.length === 0) {
        await client.query('COMMIT');
        return 0;
      }

      const byTopic = new Map<string, TopicMessages>();
      for (const row of rows) {
        const entry = byTopic.get(row.topic) ?? { topic: row.topic, messages: [] };
        entry.messages.push({ key: row.message_key, value: row.value, headers: row.headers });
        byTopic.set(row.topic, entry);
      }
      await this.options.producer.sendBatch({ topicMessages: [...byTopic.values()], acks: -1 });

      await client.query(`UPDATE "${this.options.schema}".outbox SET published_at = now() WHERE id = ANY($1::bigint[])`, [rows.map((row) => row.id)]);
      await client.query('COMMIT');
      this.options.onPublished?.(rows.length);
      return rows.length;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  private async cleanup(): Promise<void> {
    const now = Date.now();
    if (now - this.lastCleanup < 60000) return;
    this.lastCleanup = now;
    const retentionMs = this.options.retentionMs ?? 24 * 3600 * 1000;
    await this.pool.query(`DELETE FROM "${this.options.schema}".outbox WHERE published_at < now() - ($1::bigint * interval '1 millisecond')`, [retentionMs]);
  }

  private idle(ms: number): Promise<void> {
    if (this.notified || !this.running) {
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
