import { DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { Topics } from '@bitacora/contracts';
import { InfrastructureModule } from '@bitacora/runtime';
import type { GatewayConfig } from './config';
import { gatewayMigrations } from './migrations';

export const GATEWAY_SCHEMA = 'gateway';

@Module({})
export class GatewayModule {
  static register(config: GatewayConfig, logger: Logger, schema = GATEWAY_SCHEMA): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        InfrastructureModule.forRoot({
          service: 'gateway',
          schema,
          config,
          logger,
          dataSource: { entities: [], migrations: gatewayMigrations },
          topics: [{ topic: Topics.access }],
        }),
      ],
    };
  }
}
