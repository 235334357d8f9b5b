import 'reflect-metadata';
import { withTopicSuffix } from '@bitacora/config';
import { Topics } from '@bitacora/contracts';
import { createLogger } from '@bitacora/observability';
import { bootstrapService, runMain } from '@bitacora/runtime';
import { GatewayModule } from './app.module';
import { loadGatewayConfig } from './config';
import { configureGateway } from './http/configure-gateway';

runMain('gateway', async () => {
  const config = loadGatewayConfig();
  const logger = createLogger({ service: 'gateway', level: config.LOG_LEVEL, pretty: config.NODE_ENV === 'development' && process.stdout.isTTY });
  await bootstrapService({
    service: 'gateway',
    module: GatewayModule.register(config, logger, {
      schema: config.DATABASE_SCHEMA,
      accessTopic: withTopicSuffix({ access: Topics.access }, config.KAFKA_TOPIC_SUFFIX).access,
    }),
    host: config.HOST,
    port: config.PORT,
    logger,
    shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
    bodyLimit: config.BODY_LIMIT_BYTES,
    configure: (app) => configureGateway(app, config),
  });
});
