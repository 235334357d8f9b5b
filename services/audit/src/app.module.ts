import { DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { InfrastructureModule } from '@bitacora/runtime';
import { resolveAuditOptions, type AuditModuleOptions } from './audit-options';
import { AuditTopicSetup } from './audit-topic-setup';
import { CheckpointScheduler } from './checkpoints/checkpoint-scheduler';
import { loadLedgerKeys } from './checkpoints/ledger-keys';
import type { AuditConfig } from './config';
import { ExportController } from './export/export.controller';
import { LedgerConsumer } from './sealing/ledger-consumer';
import { auditMigrations } from './migrations';
import { LedgerController } from './query/ledger.controller';
import { RecordsController } from './query/records.controller';
import { LegalHoldsController } from './retention/legal-holds.controller';
import { PartitionMaintenance } from './retention/partition-maintenance';
import { RetentionController } from './retention/retention.controller';
import { AUDIT_OPTIONS, AUDIT_SCHEMA_NAME, LEDGER_KEYS } from './tokens';
import { VerificationController } from './verification/verification.controller';
import './messages';

export const AUDIT_SCHEMA = 'audit';

@Module({})
export class AuditModule {
  static register(config: AuditConfig, logger: Logger, schema = AUDIT_SCHEMA, moduleOptions: AuditModuleOptions = {}): DynamicModule {
    const options = resolveAuditOptions(moduleOptions);
    const { topics } = options;

    return {
      module: AuditModule,
      imports: [
        InfrastructureModule.forRoot({
          service: 'audit',
          schema,
          config,
          logger,
          dataSource: { entities: [], migrations: auditMigrations },
          // The audit topic is created by AuditTopicSetup, with unlimited retention.
          topics: [{ topic: topics.interactions }, { topic: topics.promises }, { topic: topics.payments }, { topic: topics.access }],
        }),
      ],
      controllers: [RecordsController, LedgerController, ExportController, VerificationController, LegalHoldsController, RetentionController],
      providers: [
        { provide: AUDIT_OPTIONS, useValue: options },
        { provide: AUDIT_SCHEMA_NAME, useValue: schema },
        { provide: LEDGER_KEYS, useFactory: () => loadLedgerKeys(config) },
        AuditTopicSetup,
        PartitionMaintenance,
        CheckpointScheduler,
        LedgerConsumer,
      ],
    };
  }
}
