import 'reflect-metadata';
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
    module: AuditModule.register(config, logger),
    host: config.HOST,
    port: config.PORT,
    logger,
    shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
    configure: setupSwagger,
  });
});
