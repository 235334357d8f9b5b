import { DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { InfrastructureModule } from '@bitacora/runtime';
import { AccountsController } from './accounts/accounts.controller';
import { AccountsRepository } from './accounts/accounts.repository';
import { AssignmentsRepository } from './accounts/assignments.repository';
import { FollowUpService } from './accounts/follow-up.service';
import { NextActionsRepository } from './accounts/next-actions.repository';
import { AmendInteractionService } from './amendments/amend-interaction.service';
import { AmendmentsController } from './amendments/amendments.controller';
import type { InteractionsConfig } from './config';
import { DisputesController } from './disputes/disputes.controller';
import { DisputesRepository } from './disputes/disputes.repository';
import { DisputesService } from './disputes/disputes.service';
import { HolidayOverridesRepository } from './holidays/holiday-overrides.repository';
import { HolidaysController } from './holidays/holidays.controller';
import { ContactKpisController } from './kpis/contact-kpis.controller';
import { ContactKpisRepository } from './kpis/contact-kpis.repository';
import { interactionsMigrations } from './migrations';
import { OutcomeCodesController } from './outcome-codes/outcome-codes.controller';
import { OutcomeCodesRepository } from './outcome-codes/outcome-codes.repository';
import { OutcomeCodesService } from './outcome-codes/outcome-codes.service';
import { CheckContactService } from './policy-checks/check-contact.service';
import { ContactFactsRepository } from './policy-checks/contact-facts.repository';
import { ContactPolicyController } from './policy-checks/contact-policy.controller';
import { ContactPolicyService } from './policy-checks/contact-policy.service';
import { PolicyDecisionsRepository } from './policy-checks/policy-decisions.repository';
import { AlternativeHoursController } from './preferences/alternative-hours.controller';
import { ConsentsController } from './preferences/consents.controller';
import { OptOutsController } from './preferences/opt-outs.controller';
import { PreferenceRecordsRepository } from './preferences/preference-records.repository';
import { PreferencesService } from './preferences/preferences.service';
import { VisitExceptionsController } from './preferences/visit-exceptions.controller';
import { PromiseStatesConsumer } from './promise-states/promise-states.consumer';
import { PromiseStatesRepository } from './promise-states/promise-states.repository';
import { InteractionQueriesRepository } from './queries/interaction-queries.repository';
import { InteractionViews } from './queries/interaction-views.service';
import { InteractionsController } from './queries/interactions.controller';
import { InteractionsRepository } from './recording/interactions.repository';
import { RecordInteractionController } from './recording/record-interaction.controller';
import { RecordInteractionService } from './recording/record-interaction.service';
import { InteractionSubmissionsConsumer } from './submissions/interaction-submissions.consumer';
import { EventWriter } from './shared/event-writer';
import { DEFAULT_TOPICS, EVENT_SOURCE, INTERACTIONS_OPTIONS, InteractionsOptions, InteractionTopics } from './shared/interactions-options';
import './shared/messages';
import './policy-checks/reason-messages';
import { contactPolicySettingsFrom } from './shared/policy-settings-config';
import { TABLES, tablesOf } from './shared/tables';

export const INTERACTIONS_SCHEMA = 'interactions';

/** Overrides for tests and replays: topic names of their own. */
export interface InteractionsModuleOverrides {
  topics?: Partial<InteractionTopics>;
}

@Module({})
export class InteractionsModule {
  static register(config: InteractionsConfig, logger: Logger, schema = INTERACTIONS_SCHEMA, overrides: InteractionsModuleOverrides = {}): DynamicModule {
    const options: InteractionsOptions = {
      schema,
      topics: { ...DEFAULT_TOPICS, ...overrides.topics },
      consumerGroups: { promises: config.PROMISE_STATES_CONSUMER_GROUP, submissions: config.SUBMISSIONS_CONSUMER_GROUP },
      policySettings: contactPolicySettingsFrom(config.CONTACT_POLICY_SETTINGS),
      eventSource: EVENT_SOURCE,
    };

    return {
      module: InteractionsModule,
      imports: [
        InfrastructureModule.forRoot({
          service: 'interactions',
          schema,
          config,
          logger,
          dataSource: { entities: [], migrations: interactionsMigrations },
          topics: [{ topic: options.topics.interactions }, { topic: options.topics.promises }, { topic: options.topics.submissions }],
        }),
      ],
      controllers: [
        RecordInteractionController,
        AmendmentsController,
        InteractionsController,
        ContactPolicyController,
        ConsentsController,
        OptOutsController,
        AlternativeHoursController,
        VisitExceptionsController,
        DisputesController,
        AccountsController,
        OutcomeCodesController,
        HolidaysController,
        ContactKpisController,
      ],
      providers: [
        { provide: INTERACTIONS_OPTIONS, useValue: options },
        { provide: TABLES, useValue: tablesOf(schema) },
        EventWriter,
        InteractionsRepository,
        InteractionQueriesRepository,
        InteractionViews,
        RecordInteractionService,
        AmendInteractionService,
        OutcomeCodesRepository,
        OutcomeCodesService,
        HolidayOverridesRepository,
        ContactFactsRepository,
        ContactPolicyService,
        PolicyDecisionsRepository,
        CheckContactService,
        PreferenceRecordsRepository,
        PreferencesService,
        DisputesRepository,
        DisputesService,
        AccountsRepository,
        AssignmentsRepository,
        NextActionsRepository,
        FollowUpService,
        PromiseStatesRepository,
        PromiseStatesConsumer,
        InteractionSubmissionsConsumer,
        ContactKpisRepository,
      ],
    };
  }
}
