import 'reflect-metadata';
import { withTopicSuffix } from '@bitacora/config';
import { Topics } from '@bitacora/contracts';
import { createLogger } from '@bitacora/observability';
import { bootstrapService, runMain } from '@bitacora/runtime';
import { AuditModule } from './app.module';
import { loadAuditConfig } from './config';
import { setupSwagger } from './swagger';

runMain('audit', async () => {
  const config = loadAuditConfig();
  const logger = createLogger({ service: 'audit', level: config.LOG_LEVEL, pretty: config.NODE_ENV === 'development' && process.stdout.isTTY });
  await bootstrapService({
    service: 'audit',
    module: AuditModule.register(config, logger, config.DATABASE_SCHEMA, {
      groupId: config.AUDIT_CONSUMER_GROUP,
      topics: withTopicSuffix(
        { interactions: Topics.interactions, promises: Topics.promises, payments: Topics.payments, access: Topics.access, audit: Topics.audit },
        config.KAFKA_TOPIC_SUFFIX,
      ),
    }),
    host: config.HOST,
    port: config.PORT,
    logger,
    shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
    configure: setupSwagger,
  });
});
