import { DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { Topics } from '@bitacora/contracts';
import { InfrastructureModule } from '@bitacora/runtime';
import type { InteractionsConfig } from './config';
import { interactionsMigrations } from './migrations';

export const INTERACTIONS_SCHEMA = 'interactions';

@Module({})
export class InteractionsModule {
  static register(config: InteractionsConfig, logger: Logger, schema = INTERACTIONS_SCHEMA): DynamicModule {
    return {
      module: InteractionsModule,
      imports: [
        InfrastructureModule.forRoot({
          service: 'interactions',
          schema,
          config,
          logger,
          dataSource: { entities: [], migrations: interactionsMigrations },
          topics: [{ topic: Topics.interactions }, { topic: Topics.promises }],
        }),
      ],
    };
  }
}
