import { DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { InfrastructureModule } from '@bitacora/runtime';
import { AccountPaymentsController } from './account-payments/account-payments.controller';
import { PaymentQueries } from './account-payments/payment-queries';
import type { PromisesConfig } from './config';
import { registerPromisesMessages } from './http/messages';
import { InteractionsConsumer } from './interactions/interactions-consumer';
import { KpiQueries } from './kpis/kpi-queries';
import { KpisController } from './kpis/kpis.controller';
import { promisesMigrations } from './migrations';
import { BUSINESS_CALENDAR, PROMISES_OPTIONS, PROMISES_SETTINGS, resolvePromisesOptions, type PromisesModuleOptions } from './module-options';
import { PaymentsConsumer } from './payments/payments-consumer';
import { PlanCommands } from './plans/plan-commands';
import { PlanQueries } from './plans/plan-queries';
import { PlansController } from './plans/plans.controller';
import { PromiseCommands } from './promises/promise-commands';
import { PromiseQueries } from './promises/promise-queries';
import { PromisesController } from './promises/promises.controller';
import { OverdueScheduler } from './scheduler/overdue-scheduler';
import { businessCalendarFrom, promisesSettingsFrom } from './settings/promises-settings';

export const PROMISES_SCHEMA = 'promises';

@Module({})
export class PromisesModule {
  /**
   * Builds the service on `schema`. Tests pass their own schema, topics and consumer groups in
   * `options`, so that each test owns its data and messages.
   */
  static register(config: PromisesConfig, logger: Logger, schema = PROMISES_SCHEMA, options: PromisesModuleOptions = {}): DynamicModule {
    registerPromisesMessages();
    const resolved = resolvePromisesOptions(
      schema,
      {
        paymentsGroup: config.PAYMENTS_CONSUMER_GROUP,
        interactionsGroup: config.INTERACTIONS_CONSUMER_GROUP,
        schedulerEnabled: config.SCHEDULER_ENABLED,
        paymentsFetch: {
          partitionsConsumedConcurrently: config.PAYMENTS_PARTITIONS_CONCURRENTLY,
          maxBytesPerPartition: config.PAYMENTS_FETCH_MAX_BYTES_PER_PARTITION,
          maxBytes: config.PAYMENTS_FETCH_MAX_BYTES,
        },
      },
      options,
    );

    return {
      module: PromisesModule,
      imports: [
        InfrastructureModule.forRoot({
          service: 'promises',
          schema,
          config,
          logger,
          dataSource: { entities: [], migrations: promisesMigrations },
          topics: [{ topic: resolved.topics.promises }, { topic: resolved.topics.payments }, { topic: resolved.topics.interactions }],
        }),
      ],
      controllers: [PromisesController, PlansController, AccountPaymentsController, KpisController],
      providers: [
        { provide: PROMISES_OPTIONS, useValue: resolved },
        { provide: PROMISES_SETTINGS, useValue: promisesSettingsFrom(config) },
        { provide: BUSINESS_CALENDAR, useValue: businessCalendarFrom(config) },
        PromiseQueries,
        PromiseCommands,
        PlanQueries,
        PlanCommands,
        PaymentQueries,
        KpiQueries,
        PaymentsConsumer,
        InteractionsConsumer,
        OverdueScheduler,
      ],
    };
  }
}
