import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { HolidayCalendar, HolidayOverride } from '@bitacora/domain';
import { ContactAttempt, ContactDecision, ContactPolicyEngine, ContactPolicySettings } from '../policy';
import { INTERACTIONS_OPTIONS, InteractionsOptions } from '../shared/interactions-options';
import { ContactFactsRepository, LoadedFacts } from './contact-facts.repository';
import { countWholeDay } from './same-day-contacts';

interface OverrideJson {
  action: 'add' | 'remove';
  date: string;
  name: string | null;
}

/** Judges a contact with the engine, on the facts and holiday calendar read in the caller's transaction. */
@Injectable()
export class ContactPolicyService {
  // The calendar of the last override list read. Another list builds a new calendar, so it is never stale.
  private calendar?: { overrides: string; calendar: HolidayCalendar };

  constructor(
    @Inject(INTERACTIONS_OPTIONS) private readonly options: InteractionsOptions,
    private readonly facts: ContactFactsRepository,
  ) {}

  get settings(): ContactPolicySettings {
    return this.options.policySettings;
  }

  async decide(manager: EntityManager, attempt: ContactAttempt): Promise<ContactDecision> {
    return this.decideOn(attempt, await this.facts.load(manager, attempt, this.settings.nextAllowedSearchDays));
  }

  /** Judges `attempt` on facts the caller loaded in its transaction. */
  decideOn(attempt: ContactAttempt, loaded: LoadedFacts): ContactDecision {
    const facts = countWholeDay(loaded.facts, attempt.instant);

    return new ContactPolicyEngine(this.settings, this.calendarOf(loaded.holidayOverrides)).evaluate(attempt, facts);
  }

  private calendarOf(overrides: string): HolidayCalendar {
    if (this.calendar?.overrides !== overrides) {
      const list = (JSON.parse(overrides) as OverrideJson[]).map(
        (item): HolidayOverride => (item.action === 'add' ? { action: 'add', date: item.date, name: item.name ?? '' } : { action: 'remove', date: item.date }),
      );
      this.calendar = { overrides, calendar: new HolidayCalendar(list) };
    }

    return this.calendar.calendar;
  }
}
