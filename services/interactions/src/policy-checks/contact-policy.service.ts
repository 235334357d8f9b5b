import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { HolidayOverridesRepository } from '../holidays/holiday-overrides.repository';
import { ContactAttempt, ContactDecision, ContactPolicyEngine, ContactPolicySettings } from '../policy';
import { INTERACTIONS_OPTIONS, InteractionsOptions } from '../shared/interactions-options';
import { ContactFactsRepository } from './contact-facts.repository';
import { countWholeDay } from './same-day-contacts';

/** Judges a contact with the engine, on the facts and holiday calendar read in the caller's transaction. */
@Injectable()
export class ContactPolicyService {
  constructor(
    @Inject(INTERACTIONS_OPTIONS) private readonly options: InteractionsOptions,
    private readonly facts: ContactFactsRepository,
    private readonly holidays: HolidayOverridesRepository,
  ) {}

  get settings(): ContactPolicySettings {
    return this.options.policySettings;
  }

  async decide(manager: EntityManager, attempt: ContactAttempt): Promise<ContactDecision> {
    const calendar = await this.holidays.loadCalendar(manager);
    const facts = countWholeDay(await this.facts.load(manager, attempt, this.settings.nextAllowedSearchDays), attempt.instant);

    return new ContactPolicyEngine(this.settings, calendar).evaluate(attempt, facts);
  }
}
