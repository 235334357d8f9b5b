import 'reflect-metadata';
import { withTopicSuffix } from '@bitacora/config';
import { createLogger } from '@bitacora/observability';
import { bootstrapService, runMain } from '@bitacora/runtime';
import { InteractionsModule } from './app.module';
import { loadInteractionsConfig } from './config';
import { serveOpenApiDocument } from './openapi';
import { DEFAULT_TOPICS } from './shared/interactions-options';

runMain('interactions', async () => {
  const config = loadInteractionsConfig();
  const logger = createLogger({ service: 'interactions', level: config.LOG_LEVEL, pretty: config.NODE_ENV === 'development' && process.stdout.isTTY });
  await bootstrapService({
    service: 'interactions',
    module: InteractionsModule.register(config, logger, config.DATABASE_SCHEMA, { topics: withTopicSuffix(DEFAULT_TOPICS, config.KAFKA_TOPIC_SUFFIX) }),
    host: config.HOST,
    port: config.PORT,
    logger,
    shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
    configure: serveOpenApiDocument,
  });
});
