import { ContactPolicyEngine } from './contact-policy-engine';
import { bogota, codesOf, contactAt, factsWith, priorContact, settingsWith } from './test/policy-fixtures';

// March 2026: Monday 9 to Sunday 15, Monday 16 to Sunday 22.
describe('daily limit (Ley 2300 de 2023, art. 3)', () => {
  const engine = new ContactPolicyEngine();

  it.each([
    ['no contact today', 'phone_call', '2026-03-10 15:00', [], []],
    ['an SMS this morning', 'sms', '2026-03-10 15:00', ['DAILY_LIMIT_REACHED'], [priorContact('2026-03-10 09:00', 'sms')]],
    ['a call this morning', 'phone_call', '2026-03-10 15:00', ['DAILY_LIMIT_REACHED'], [priorContact('2026-03-10 09:00', 'phone_call')]],
    ['an SMS yesterday', 'sms', '2026-03-10 07:00', [], [priorContact('2026-03-09 18:00', 'sms')]],
    // Monday 20:00 Bogota is Tuesday 01:00 UTC, the same UTC day as Tuesday 07:00 Bogota.
    ['an SMS last night at 20:00', 'sms', '2026-03-10 07:00', [], [priorContact('2026-03-09 20:00', 'sms')]],
    ['an SMS later the same day', 'sms', '2026-03-10 15:00', [], [priorContact('2026-03-10 16:00', 'sms')]],
    ['an SMS to another person', 'sms', '2026-03-10 15:00', [], [priorContact('2026-03-10 09:00', 'sms', { contactedPartyId: 'co-debtor-9' })]],
  ] as const)('given %s, when a %s is tried at %s, then reasons are %j', (_given, channel, dateTime, codes, priors) => {
    const decision = engine.evaluate(contactAt(dateTime, { channel }), factsWith({ priorContacts: [...priors] }));

    expect(codesOf(decision)).toEqual(codes);
  });

  it('reports the count, the limit and the counting setting', () => {
    const decision = engine.evaluate(contactAt('2026-03-10 15:00', { channel: 'sms' }), factsWith({ priorContacts: [priorContact('2026-03-10 09:00', 'sms')] }));

    expect(decision.reasons).toEqual([
      {
        code: 'DAILY_LIMIT_REACHED',
        ruleId: 'daily_contact_limit',
        ruleVersion: 1,
        details: { date: '2026-03-10', contactsToday: 1, maxContactsPerDay: 1, contactCountsAs: 'every_outbound_attempt' },
      },
    ]);
  });

  it('allows the next day at the window start', () => {
    const decision = engine.evaluate(contactAt('2026-03-10 15:00', { channel: 'sms' }), factsWith({ priorContacts: [priorContact('2026-03-10 09:00', 'sms')] }));

    expect(decision.nextAllowedAt).toEqual(bogota('2026-03-11 07:00'));
  });

  it('honours a higher limit set by an administrator', () => {
    const lenient = new ContactPolicyEngine(settingsWith({ dailyLimit: { maxContactsPerDay: 2 } }));
    const oneToday = factsWith({ priorContacts: [priorContact('2026-03-10 09:00', 'sms')] });
    const twoToday = factsWith({ priorContacts: [priorContact('2026-03-10 09:00', 'sms'), priorContact('2026-03-10 11:00', 'sms')] });

    expect(codesOf(lenient.evaluate(contactAt('2026-03-10 15:00', { channel: 'sms' }), oneToday))).toEqual([]);
    expect(codesOf(lenient.evaluate(contactAt('2026-03-10 15:00', { channel: 'sms' }), twoToday))).toEqual(['DAILY_LIMIT_REACHED']);
  });
});

describe('weekly channel lock (Ley 2300 de 2023, art. 3)', () => {
  const calendarWeek = new ContactPolicyEngine();
  const rollingWeek = new ContactPolicyEngine(settingsWith({ weeklyChannelLock: { week: 'rolling_7_days' } }));

  it.each([
    ['calendar', 'an SMS on Monday', '2026-03-09 10:00', 'a call on Wednesday', '2026-03-11 10:00', 'phone_call', ['WEEKLY_CHANNEL_LOCKED']],
    ['calendar', 'an SMS on Monday', '2026-03-09 10:00', 'an SMS on Wednesday', '2026-03-11 10:00', 'sms', []],
    ['calendar', 'an SMS on Saturday', '2026-03-14 10:00', 'a call on the next Monday', '2026-03-16 10:00', 'phone_call', []],
    ['rolling_7_days', 'an SMS on Saturday', '2026-03-14 10:00', 'a call on the next Monday', '2026-03-16 10:00', 'phone_call', ['WEEKLY_CHANNEL_LOCKED']],
    ['rolling_7_days', 'an SMS on Saturday', '2026-03-14 10:00', 'a call 7 days later, 1 minute early', '2026-03-21 09:59', 'phone_call', ['WEEKLY_CHANNEL_LOCKED']],
    ['rolling_7_days', 'an SMS on Saturday', '2026-03-14 10:00', 'a call exactly 7 days later', '2026-03-21 10:00', 'phone_call', []],
  ] as const)('given a %s week and %s (%s), when %s (%s) by %s, then reasons are %j', (week, _given, smsAt, _when, contactTime, channel, codes) => {
    const engine = week === 'calendar' ? calendarWeek : rollingWeek;

    const decision = engine.evaluate(contactAt(contactTime, { channel }), factsWith({ priorContacts: [priorContact(smsAt, 'sms')] }));

    expect(codesOf(decision)).toEqual(codes);
  });

  it('names the locked channel and the week setting', () => {
    const decision = calendarWeek.evaluate(contactAt('2026-03-11 10:00'), factsWith({ priorContacts: [priorContact('2026-03-09 10:00', 'sms')] }));

    expect(decision.reasons[0]).toEqual({
      code: 'WEEKLY_CHANNEL_LOCKED',
      ruleId: 'weekly_channel_lock',
      ruleVersion: 1,
      details: { channel: 'phone_call', lockedChannels: 'sms', week: 'calendar', contactCountsAs: 'every_outbound_attempt' },
    });
  });

  it('reports both limits when another channel is tried the same day', () => {
    const decision = calendarWeek.evaluate(contactAt('2026-03-09 15:00'), factsWith({ priorContacts: [priorContact('2026-03-09 10:00', 'sms')] }));

    expect(codesOf(decision)).toEqual(['DAILY_LIMIT_REACHED', 'WEEKLY_CHANNEL_LOCKED']);
  });

  it('unlocks a calendar week on Monday 07:00', () => {
    const decision = calendarWeek.evaluate(contactAt('2026-03-11 10:00'), factsWith({ priorContacts: [priorContact('2026-03-09 10:00', 'sms')] }));

    expect(decision.nextAllowedAt).toEqual(bogota('2026-03-16 07:00'));
  });

  it('unlocks a rolling week seven days after the contact', () => {
    const decision = rollingWeek.evaluate(contactAt('2026-03-16 10:00'), factsWith({ priorContacts: [priorContact('2026-03-14 10:00', 'sms')] }));

    expect(decision.nextAllowedAt).toEqual(bogota('2026-03-21 10:00'));
  });

  it('moves a rolling unlock outside the window to the next window start', () => {
    // The SMS was sent at 20:00 under an alternative-hours authorization, so the lock ends at
    // Monday 20:00, after the window has closed.
    const decision = rollingWeek.evaluate(contactAt('2026-03-16 10:00'), factsWith({ priorContacts: [priorContact('2026-03-09 20:00', 'sms')] }));

    expect(codesOf(decision)).toEqual(['WEEKLY_CHANNEL_LOCKED']);
    expect(decision.nextAllowedAt).toEqual(bogota('2026-03-17 07:00'));
  });
});

describe('what counts as a contact', () => {
  const twoWay = new ContactPolicyEngine(settingsWith({ contactCounting: { contactCountsAs: 'two_way_conversation' } }));
  const everyAttempt = new ContactPolicyEngine();
  const unanswered = factsWith({ priorContacts: [priorContact('2026-03-10 09:00', 'sms', { rightPartyContact: false })] });
  const answered = factsWith({ priorContacts: [priorContact('2026-03-10 09:00', 'sms', { rightPartyContact: true })] });

  it('counts an unanswered attempt by default', () => {
    expect(codesOf(everyAttempt.evaluate(contactAt('2026-03-10 15:00'), unanswered))).toEqual(['DAILY_LIMIT_REACHED', 'WEEKLY_CHANNEL_LOCKED']);
  });

  it('ignores an unanswered attempt when only conversations count', () => {
    expect(codesOf(twoWay.evaluate(contactAt('2026-03-10 15:00'), unanswered))).toEqual([]);
  });

  it('counts a conversation when only conversations count', () => {
    const decision = twoWay.evaluate(contactAt('2026-03-10 15:00'), answered);

    expect(codesOf(decision)).toEqual(['DAILY_LIMIT_REACHED', 'WEEKLY_CHANNEL_LOCKED']);
    expect(decision.reasons[0].details.contactCountsAs).toBe('two_way_conversation');
  });
});
