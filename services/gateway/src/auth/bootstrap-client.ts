import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import { uuidv7 } from 'uuidv7';
import { LOCAL_DEFAULTS } from '@bitacora/config';
import { ROOT_LOGGER } from '@bitacora/runtime';
import { bootstrapApiKeyOf, GatewayConfig } from '../config';
import { GATEWAY_CONFIG } from '../tokens';
import { ApiClientsRepository } from './api-clients.repository';
import { apiKeyPrefixOf } from './api-key';
import { ROLES } from './roles';

export const BOOTSTRAP_CLIENT_NAME = 'local-bootstrap';

/**
 * Seeds the API client of BOOTSTRAP_API_KEY (or the local development key outside production)
 * with every role, so a fresh installation can be called at once. The key itself is logged only
 * when it is the published local development key.
 */
@Injectable()
export class BootstrapClientSeeder implements OnApplicationBootstrap {
  private readonly logger: Logger;

  constructor(
    private readonly apiClients: ApiClientsRepository,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    @Inject(ROOT_LOGGER) rootLogger: Logger,
  ) {
    this.logger = rootLogger.child({ component: 'BootstrapClientSeeder' });
  }

  async onApplicationBootstrap(): Promise<void> {
    const key = bootstrapApiKeyOf(this.config);
    if (!key) {
      this.logger.info('no BOOTSTRAP_API_KEY set: no API client seeded');
      return;
    }

    await this.apiClients.upsert({ id: uuidv7(), name: BOOTSTRAP_CLIENT_NAME, key, roles: [...ROLES], rateLimitPerMinute: null });
    if (key === LOCAL_DEFAULTS.apiKey) {
      this.logger.info({ client: BOOTSTRAP_CLIENT_NAME, localDevelopmentKey: key }, 'local API client ready: send header X-Api-Key with localDevelopmentKey');
      return;
    }
    this.logger.info({ client: BOOTSTRAP_CLIENT_NAME, keyPrefix: apiKeyPrefixOf(key) }, 'bootstrap API client ready');
  }
}
