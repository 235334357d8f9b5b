import { HolidayCalendar } from '@bitacora/domain';

import { ContactPurpose } from './contact';
import { ContactPolicyEngine } from './contact-policy-engine';
import { DEFAULT_CONTACT_POLICY_SETTINGS, InvalidContactPolicySettingsError } from './policy-settings';
import { ACCOUNT_ID, bogota, codesOf, contactAt, factsWith, PARTY_ID, priorContact, settingsWith } from './test/policy-fixtures';

describe('next allowed instant', () => {
  const engine = new ContactPolicyEngine();

  it.each([
    ['Friday 19:30', '2026-03-13 19:30', 'Saturday 08:00', '2026-03-14 08:00'],
    ['Saturday 15:00', '2026-03-14 15:00', 'Monday 07:00', '2026-03-16 07:00'],
    ['Saturday 15:00 before a holiday Monday', '2026-03-21 15:00', 'Tuesday 07:00', '2026-03-24 07:00'],
    ['Sunday 10:00', '2026-03-15 10:00', 'Monday 07:00', '2026-03-16 07:00'],
    ['Monday 06:59', '2026-03-09 06:59', 'Monday 07:00', '2026-03-09 07:00'],
    ['Wednesday of Holy Week at 19:30', '2026-04-01 19:30', 'Saturday 08:00', '2026-04-04 08:00'],
    ['Thursday 31 December at 19:00', '2026-12-31 19:00', 'Saturday 2 January 08:00', '2027-01-02 08:00'],
  ])('given a call denied on %s (%s), then the next allowed instant is %s (%s)', (_denied, deniedAt, _next, nextAt) => {
    const decision = engine.evaluate(contactAt(deniedAt), factsWith());

    expect(decision.outcome).toBe('denied');
    expect(decision.nextAllowedAt).toEqual(bogota(nextAt));
  });

  it('returns the instant itself for an allowed contact', () => {
    const decision = engine.evaluate(contactAt('2026-03-10 10:00'), factsWith());

    expect(decision.nextAllowedAt).toEqual(bogota('2026-03-10 10:00'));
  });

  it('combines reasons: daily limit on Friday evening waits for Saturday', () => {
    const facts = factsWith({ priorContacts: [priorContact('2026-03-13 10:00', 'phone_call')] });

    const decision = engine.evaluate(contactAt('2026-03-13 19:30'), facts);

    expect(codesOf(decision)).toEqual(['OUTSIDE_CONTACT_WINDOW', 'DAILY_LIMIT_REACHED']);
    expect(decision.nextAllowedAt).toEqual(bogota('2026-03-14 08:00'));
  });

  it('returns null when no instant in the search horizon is allowed', () => {
    const shortSearch = new ContactPolicyEngine(settingsWith({ nextAllowedSearchDays: 1 }));
    const calendar = new HolidayCalendar([
      { action: 'add', date: '2026-03-16', name: 'Día cívico' },
      { action: 'add', date: '2026-03-17', name: 'Día cívico' },
    ]);
    const longHolidays = new ContactPolicyEngine(settingsWith({ nextAllowedSearchDays: 3 }), calendar);

    expect(shortSearch.evaluate(contactAt('2026-03-14 15:00'), factsWith()).nextAllowedAt).toBeNull();
    expect(longHolidays.evaluate(contactAt('2026-03-14 15:00'), factsWith()).nextAllowedAt).toBeNull();
    expect(new ContactPolicyEngine(undefined, calendar).evaluate(contactAt('2026-03-14 15:00'), factsWith()).nextAllowedAt).toEqual(
      bogota('2026-03-18 07:00'),
    );
  });
});

describe('contacts outside collection (Ley 2300 de 2023, art. 8)', () => {
  const engine = new ContactPolicyEngine();
  const everythingAgainst = factsWith({
    consents: [],
    optOuts: [{ partyId: PARTY_ID, channel: null, requestedAt: bogota('2026-01-05 10:00'), withdrawnAt: null }],
    disputes: [{ disputeId: 'dispute-1', accountId: ACCOUNT_ID, openedAt: bogota('2026-01-05 10:00'), resolvedAt: null }],
    priorContacts: [priorContact('2026-03-15 09:00', 'sms')],
  });

  it.each<[ContactPurpose]>([['information_requested'], ['transaction_confirmation'], ['fraud_alert']])(
    'allows an outbound %s on a Sunday night and does not count it',
    (purpose) => {
      const decision = engine.evaluate(contactAt('2026-03-15 23:00', { purpose }), everythingAgainst);

      expect(decision.outcome).toBe('allowed');
      expect(decision.reasons).toEqual([]);
      expect(decision.countsTowardLimits).toBe(false);
    },
  );

  it('allows and does not count inbound calls', () => {
    const decision = engine.evaluate(contactAt('2026-03-15 23:00', { direction: 'inbound' }), everythingAgainst);

    expect(decision.outcome).toBe('allowed');
    expect(decision.countsTowardLimits).toBe(false);
  });

  it('counts an allowed outbound collection call', () => {
    expect(engine.evaluate(contactAt('2026-03-10 10:00'), factsWith()).countsTowardLimits).toBe(true);
  });
});

describe('ContactPolicyEngine.evaluate', () => {
  const engine = new ContactPolicyEngine();

  it('reports every reason against a contact, each with its rule and version', () => {
    const facts = factsWith({
      consents: [],
      optOuts: [{ partyId: PARTY_ID, channel: 'visit', requestedAt: bogota('2026-01-05 10:00'), withdrawnAt: null }],
      disputes: [{ disputeId: 'dispute-1', accountId: ACCOUNT_ID, openedAt: bogota('2026-01-05 10:00'), resolvedAt: null }],
      priorContacts: [priorContact('2026-03-23 09:00', 'sms'), priorContact('2026-03-22 08:00', 'email')],
    });

    const decision = engine.evaluate(contactAt('2026-03-23 20:00', { partyRole: 'guarantor', channel: 'visit' }), facts);

    expect(decision.reasons.map((reason) => [reason.code, reason.ruleId, reason.ruleVersion])).toEqual([
      ['PUBLIC_HOLIDAY', 'contact_window', 1],
      ['OUTSIDE_CONTACT_WINDOW', 'contact_window', 1],
      ['OPTED_OUT', 'opt_out', 1],
      ['VISIT_NOT_PERMITTED', 'collection_visits', 1],
      ['DAILY_LIMIT_REACHED', 'daily_contact_limit', 1],
      ['WEEKLY_CHANNEL_LOCKED', 'weekly_channel_lock', 1],
      ['DISPUTE_OPEN', 'open_dispute', 1],
    ]);
    expect(decision.nextAllowedAt).toBeNull();
  });

  it('records every rule that judged a collection contact', () => {
    const decision = engine.evaluate(contactAt('2026-03-10 10:00'), factsWith());

    expect(decision.appliedRules.map((rule) => rule.ruleId)).toEqual([
      'collection_scope',
      'non_obligors',
      'contact_window',
      'channel_authorization',
      'opt_out',
      'collection_visits',
      'contact_counting',
      'daily_contact_limit',
      'weekly_channel_lock',
      'open_dispute',
      'pending_promise',
    ]);
  });

  it('records only the scope rules for an inbound contact', () => {
    const decision = engine.evaluate(contactAt('2026-03-10 10:00', { direction: 'inbound' }), factsWith());

    expect(decision.appliedRules).toEqual([
      { ruleId: 'collection_scope', ruleVersion: 1 },
      { ruleId: 'non_obligors', ruleVersion: 1 },
    ]);
  });

  it('judges past instants only against contacts made before them', () => {
    const facts = factsWith({ priorContacts: [priorContact('2026-03-10 09:00', 'sms')] });

    expect(engine.evaluate(contactAt('2026-03-10 08:00', { channel: 'sms' }), facts).outcome).toBe('allowed');
    expect(engine.evaluate(contactAt('2026-03-10 09:30', { channel: 'sms' }), facts).outcome).toBe('denied');
  });
});

describe('contact policy settings', () => {
  it('carries a legal source or its status in every rule description', () => {
    const rules = Object.values(DEFAULT_CONTACT_POLICY_SETTINGS).filter((value) => typeof value === 'object');

    expect(rules).toHaveLength(11);
    for (const rule of rules) {
      expect(rule.description).toMatch(/Ley \d+ de \d{4}|not a statutory rule/i);
      expect(rule.version).toBeGreaterThanOrEqual(1);
    }
  });

  it('defaults to the conservative readings', () => {
    expect(DEFAULT_CONTACT_POLICY_SETTINGS.contactWindow.weekdays).toEqual({ start: '07:00', end: '19:00' });
    expect(DEFAULT_CONTACT_POLICY_SETTINGS.contactWindow.saturday).toEqual({ start: '08:00', end: '15:00' });
    expect(DEFAULT_CONTACT_POLICY_SETTINGS.dailyLimit.maxContactsPerDay).toBe(1);
    expect(DEFAULT_CONTACT_POLICY_SETTINGS.weeklyChannelLock.maxChannelsPerWeek).toBe(1);
    expect(DEFAULT_CONTACT_POLICY_SETTINGS.weeklyChannelLock.week).toBe('calendar');
    expect(DEFAULT_CONTACT_POLICY_SETTINGS.contactCounting.contactCountsAs).toBe('every_outbound_attempt');
    expect(DEFAULT_CONTACT_POLICY_SETTINGS.pendingPromise.promisePendingBlocksContact).toBe(false);
  });

  it.each([
    ['a window that ends before it starts', settingsWith({ contactWindow: { weekdays: { start: '19:00', end: '07:00' } } }), /contact_window.weekdays/],
    ['a malformed window time', settingsWith({ contactWindow: { saturday: { start: '8:00', end: '15:00' } } }), /contact_window.saturday/],
    ['a daily limit of zero', settingsWith({ dailyLimit: { maxContactsPerDay: 0 } }), /maxContactsPerDay/],
    ['a fractional channel limit', settingsWith({ weeklyChannelLock: { maxChannelsPerWeek: 1.5 } }), /maxChannelsPerWeek/],
    ['a rule version of zero', settingsWith({ optOut: { version: 0 } }), /opt_out.version/],
    ['a search horizon of zero days', settingsWith({ nextAllowedSearchDays: 0 }), /nextAllowedSearchDays/],
  ])('rejects %s', (_case, settings, message) => {
    expect(() => new ContactPolicyEngine(settings)).toThrow(InvalidContactPolicySettingsError);
    expect(() => new ContactPolicyEngine(settings)).toThrow(message);
  });
});
