import 'reflect-metadata';
import { withTopicSuffix } from '@bitacora/config';
import { Topics } from '@bitacora/contracts';
import { createLogger } from '@bitacora/observability';
import { bootstrapService, runMain } from '@bitacora/runtime';
import { PromisesModule } from './app.module';
import { loadPromisesConfig } from './config';
import { serveApiDocs } from './openapi';

runMain('promises', async () => {
  const config = loadPromisesConfig();
  const logger = createLogger({ service: 'promises', level: config.LOG_LEVEL, pretty: config.NODE_ENV === 'development' && process.stdout.isTTY });
  await bootstrapService({
    service: 'promises',
    module: PromisesModule.register(config, logger, config.DATABASE_SCHEMA, {
      topics: withTopicSuffix({ payments: Topics.payments, interactions: Topics.interactions, promises: Topics.promises }, config.KAFKA_TOPIC_SUFFIX),
    }),
    host: config.HOST,
    port: config.PORT,
    logger,
    shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
    configure: serveApiDocs,
  });
});
