import { DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { Topics } from '@bitacora/contracts';
import { InfrastructureModule } from '@bitacora/runtime';
import type { AuditConfig } from './config';
import { auditMigrations } from './migrations';

export const AUDIT_SCHEMA = 'audit';

@Module({})
export class AuditModule {
  static register(config: AuditConfig, logger: Logger, schema = AUDIT_SCHEMA): DynamicModule {
    return {
      module: AuditModule,
      imports: [
        InfrastructureModule.forRoot({
          service: 'audit',
          schema,
          config,
          logger,
          dataSource: { entities: [], migrations: auditMigrations },
          topics: [{ topic: Topics.audit }, { topic: Topics.interactions }, { topic: Topics.promises }, { topic: Topics.payments }, { topic: Topics.access }],
        }),
      ],
    };
  }
}
