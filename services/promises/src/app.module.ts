import { DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { Topics } from '@bitacora/contracts';
import { InfrastructureModule } from '@bitacora/runtime';
import type { PromisesConfig } from './config';
import { promisesMigrations } from './migrations';

export const PROMISES_SCHEMA = 'promises';

@Module({})
export class PromisesModule {
  static register(config: PromisesConfig, logger: Logger, schema = PROMISES_SCHEMA): DynamicModule {
    return {
      module: PromisesModule,
      imports: [
        InfrastructureModule.forRoot({
          service: 'promises',
          schema,
          config,
          logger,
          dataSource: { entities: [], migrations: promisesMigrations },
          topics: [{ topic: Topics.promises }, { topic: Topics.payments }, { topic: Topics.interactions }],
        }),
      ],
    };
  }
}
