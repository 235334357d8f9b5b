import { HolidayCalendar } from '@bitacora/domain';

import { AlternativeHoursAuthorization } from './contact-facts';
import { ContactPolicyEngine } from './contact-policy-engine';
import { bogota, codesOf, contactAt, factsWith, PARTY_ID, settingsWith } from './test/policy-fixtures';

// March 2026: Monday 9 to Sunday 15; Monday 23 is San José, moved from Thursday 19.
describe('contact window (Ley 2300 de 2023, art. 3)', () => {
  const engine = new ContactPolicyEngine();

  it.each([
    ['Monday 06:59', '2026-03-09 06:59', ['OUTSIDE_CONTACT_WINDOW']],
    ['Monday 07:00', '2026-03-09 07:00', []],
    ['Monday 18:59', '2026-03-09 18:59', []],
    ['Monday 19:00', '2026-03-09 19:00', ['OUTSIDE_CONTACT_WINDOW']],
    ['Friday 12:00', '2026-03-13 12:00', []],
    ['Saturday 07:59', '2026-03-14 07:59', ['OUTSIDE_CONTACT_WINDOW']],
    ['Saturday 08:00', '2026-03-14 08:00', []],
    ['Saturday 14:59', '2026-03-14 14:59', []],
    ['Saturday 15:00', '2026-03-14 15:00', ['OUTSIDE_CONTACT_WINDOW']],
    ['Sunday 10:00', '2026-03-15 10:00', ['SUNDAY']],
    ['moved holiday Monday 10:00', '2026-03-23 10:00', ['PUBLIC_HOLIDAY']],
    ['original date of the moved holiday', '2026-03-19 10:00', []],
    ['Holy Thursday 10:00', '2026-04-02 10:00', ['PUBLIC_HOLIDAY']],
    ['holiday Monday 20:00', '2026-03-23 20:00', ['PUBLIC_HOLIDAY', 'OUTSIDE_CONTACT_WINDOW']],
    ['holiday on a Sunday', '2025-07-20 10:00', ['SUNDAY', 'PUBLIC_HOLIDAY']],
    ['holiday on a Saturday after 15:00', '2027-12-25 16:00', ['PUBLIC_HOLIDAY', 'OUTSIDE_CONTACT_WINDOW']],
  ])('given a debtor who authorized calls, when called on %s (%s), then reasons are %j', (_case, dateTime, codes) => {
    const decision = engine.evaluate(contactAt(dateTime), factsWith());

    expect(codesOf(decision)).toEqual(codes);
    expect(decision.outcome).toBe(codes.length === 0 ? 'allowed' : 'denied');
  });

  it.each([
    // 03:00 UTC on Monday 16 March is still Sunday 15 March, 22:00, in Bogota.
    ['2026-03-16T03:00:00.000Z', ['SUNDAY']],
    // 03:00 UTC on Tuesday 24 March is still the holiday Monday 23 March, 22:00, in Bogota.
    ['2026-03-24T03:00:00.000Z', ['PUBLIC_HOLIDAY', 'OUTSIDE_CONTACT_WINDOW']],
    // 23:59 UTC on Monday is 18:59 in Bogota, inside the window.
    ['2026-03-09T23:59:00.000Z', []],
    // 00:30 UTC on Tuesday is Monday 19:30 in Bogota, outside the window.
    ['2026-03-10T00:30:00.000Z', ['OUTSIDE_CONTACT_WINDOW']],
  ])('judges the UTC instant %s in Bogota time: %j', (utc, codes) => {
    const decision = engine.evaluate(contactAt('2026-03-09 10:00', { instant: new Date(utc) }), factsWith());

    expect(codesOf(decision)).toEqual(codes);
  });

  it('reports the window and local time of an out-of-window denial', () => {
    const decision = engine.evaluate(contactAt('2026-03-09 19:00'), factsWith());

    expect(decision.reasons).toEqual([
      {
        code: 'OUTSIDE_CONTACT_WINDOW',
        ruleId: 'contact_window',
        ruleVersion: 1,
        details: { localTime: '19:00', window: '07:00-19:00' },
      },
    ]);
  });

  it('names the holiday in a holiday denial', () => {
    const decision = engine.evaluate(contactAt('2026-07-13 10:00'), factsWith());

    expect(decision.reasons[0].details).toEqual({ date: '2026-07-13', holiday: 'Nuestra Señora del Rosario de Chiquinquirá' });
  });

  it('uses the windows and version an administrator set', () => {
    const strict = new ContactPolicyEngine(
      settingsWith({ contactWindow: { version: 7, weekdays: { start: '08:00', end: '18:00' } } }),
    );

    const early = strict.evaluate(contactAt('2026-03-09 07:30'), factsWith());
    const late = strict.evaluate(contactAt('2026-03-09 18:00'), factsWith());

    expect(codesOf(early)).toEqual(['OUTSIDE_CONTACT_WINDOW']);
    expect(early.reasons[0].ruleVersion).toBe(7);
    expect(codesOf(late)).toEqual(['OUTSIDE_CONTACT_WINDOW']);
  });

  it('follows an administrator holiday override', () => {
    const calendar = new HolidayCalendar([{ action: 'add', date: '2026-03-10', name: 'Día cívico' }]);
    const engine = new ContactPolicyEngine(undefined, calendar);

    expect(codesOf(engine.evaluate(contactAt('2026-03-10 10:00'), factsWith()))).toEqual(['PUBLIC_HOLIDAY']);
  });
});

describe('alternative-hours authorization', () => {
  const engine = new ContactPolicyEngine();
  const evenings: AlternativeHoursAuthorization = {
    partyId: PARTY_ID,
    validFrom: bogota('2026-03-01 00:00'),
    validUntil: bogota('2026-04-01 00:00'),
    windows: [{ weekdays: [1, 2, 3, 4, 5], start: '19:00', end: '21:00', includesPublicHolidays: false }],
    evidence: 'signed-form-77',
  };
  const sundays: AlternativeHoursAuthorization = {
    ...evenings,
    windows: [{ weekdays: [7], start: '10:00', end: '12:00', includesPublicHolidays: true }],
  };

  it.each([
    ['a weekday evening inside it', '2026-03-09 20:00', [], evenings],
    ['its exclusive end', '2026-03-09 21:00', ['OUTSIDE_CONTACT_WINDOW'], evenings],
    ['a weekday evening before it is valid', '2026-02-27 20:00', ['OUTSIDE_CONTACT_WINDOW'], evenings],
    ['a weekday evening after it expired', '2026-04-06 20:00', ['OUTSIDE_CONTACT_WINDOW'], evenings],
    ['a holiday evening it does not include', '2026-03-23 20:00', ['PUBLIC_HOLIDAY', 'OUTSIDE_CONTACT_WINDOW'], evenings],
    ['a Sunday morning inside it', '2026-03-15 11:00', [], sundays],
    ['a Sunday afternoon outside it', '2026-03-15 13:00', ['SUNDAY'], sundays],
    ['the statutory window on a weekday', '2026-03-09 10:00', [], sundays],
  ])('given an authorization, when called on %s (%s), then reasons are %j', (_case, dateTime, codes, authorization) => {
    const decision = engine.evaluate(contactAt(dateTime), factsWith({ alternativeHoursAuthorizations: [authorization] }));

    expect(codesOf(decision)).toEqual(codes);
  });

  it('ignores an authorization signed by another person', () => {
    const facts = factsWith({ alternativeHoursAuthorizations: [{ ...evenings, partyId: 'someone-else' }] });

    expect(codesOf(engine.evaluate(contactAt('2026-03-09 20:00'), facts))).toEqual(['OUTSIDE_CONTACT_WINDOW']);
  });
});
