import 'reflect-metadata';
import { createLogger } from '@bitacora/observability';
import { bootstrapService, runMain } from '@bitacora/runtime';
import { InteractionsModule } from './app.module';
import { loadInteractionsConfig } from './config';
import { serveOpenApiDocument } from './openapi';

runMain('interactions', async () => {
  const config = loadInteractionsConfig();
  const logger = createLogger({ service: 'interactions', level: config.LOG_LEVEL, pretty: config.NODE_ENV === 'development' && process.stdout.isTTY });
  await bootstrapService({
    service: 'interactions',
    module: InteractionsModule.register(config, logger),
    host: config.HOST,
    port: config.PORT,
    logger,
    shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
    configure: serveOpenApiDocument,
  });
});
