import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { ConfigResourceTypes, type Admin, type Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { ensureTopics } from '@bitacora/messaging';
import { CONFIG, KAFKA, ROOT_LOGGER } from '@bitacora/runtime';
import type { ResolvedAuditOptions } from './audit-options';
import type { AuditConfig } from './config';
import { AUDIT_OPTIONS } from './tokens';

/**
 * Topic settings of the audit topic. Compliance verifies the ledger from the topic alone, so
 * nothing may age out of it (`retention.ms=-1`). A sealed record carries the whole input event
 * plus its hashes, so messages up to 2 MiB are allowed, while inputs are limited to 1 MB.
 */
export const AUDIT_TOPIC_CONFIG = [
  { name: 'retention.ms', value: '-1' },
  { name: 'retention.bytes', value: '-1' },
  { name: 'cleanup.policy', value: 'delete' },
  { name: 'max.message.bytes', value: String(2 * 1024 * 1024) },
];

/** Creates the audit topic with AUDIT_TOPIC_CONFIG, and warns when an existing one ages records out. */
@Injectable()
export class AuditTopicSetup implements OnModuleInit {
  private readonly logger: Logger;

  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(CONFIG) private readonly config: AuditConfig,
    @Inject(AUDIT_OPTIONS) private readonly options: ResolvedAuditOptions,
    @Inject(ROOT_LOGGER) rootLogger: Logger,
  ) {
    this.logger = rootLogger.child({ component: 'AuditTopicSetup' });
  }

  async onModuleInit(): Promise<void> {
    const topic = this.options.topics.audit;
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const existing = await admin.listTopics();
      if (existing.includes(topic)) {
        await this.warnOnFiniteRetention(admin, topic);
        return;
      }
    } finally {
      await admin.disconnect();
    }

    const spec = { topic, numPartitions: this.config.KAFKA_TOPIC_PARTITIONS, replicationFactor: this.config.KAFKA_REPLICATION_FACTOR };
    await ensureTopics(this.kafka, [{ ...spec, configEntries: AUDIT_TOPIC_CONFIG, withDeadLetter: false }]);
    this.logger.info({ topic }, 'audit topic ensured with unlimited retention');
  }

  private async warnOnFiniteRetention(admin: Admin, topic: string): Promise<void> {
    const described = await admin.describeConfigs({
      includeSynonyms: false,
      resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configNames: ['retention.ms', 'retention.bytes'] }],
    });
    const entries = described.resources[0]?.configEntries ?? [];
    const finite = entries.filter((entry) => entry.configValue !== '-1');
    if (finite.length > 0) {
      this.logger.warn(
        { topic, settings: Object.fromEntries(finite.map((entry) => [entry.configName, entry.configValue])) },
        'the audit topic ages records out, so it cannot serve a complete verification; set retention.ms and retention.bytes to -1',
      );
    }
  }
}
