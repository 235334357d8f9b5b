import { BogotaWallTime, bogotaWallTimeOf, parseLocalTime } from '@bitacora/domain';

import { DenialReason } from '../contact-decision';
import { AuthorizedWindow } from '../contact-facts';
import { deny, isInForce, PolicyRule, RuleContext } from './rule-context';

/**
 * Ley 2300 de 2023, art. 3: Monday to Friday and Saturday windows in Bogota time, never on
 * Sundays or public holidays, unless an alternative-hours authorization covers the instant.
 */
export const contactWindowRule: PolicyRule = (context) => {
  const rule = context.settings.contactWindow;
  const wall = bogotaWallTimeOf(context.contact.instant);
  const isHoliday = context.calendar.isHoliday(wall.date);
  if (coveredByAlternativeHours(context, wall, isHoliday)) {
    return [];
  }

  const reasons: DenialReason[] = [];
  if (wall.weekday === 7) {
    reasons.push(deny(rule, 'SUNDAY', { date: wall.date }));
  }
  if (isHoliday) {
    const names = context.calendar.holidayNamesOf(wall.date).join(', ');
    reasons.push(deny(rule, 'PUBLIC_HOLIDAY', { date: wall.date, holiday: names }));
  }
  if (wall.weekday === 7) {
    return reasons;
  }

  const window = wall.weekday === 6 ? rule.saturday : rule.weekdays;
  if (!isWithin(window, wall.minuteOfDay)) {
    reasons.push(deny(rule, 'OUTSIDE_CONTACT_WINDOW', { localTime: formatMinute(wall.minuteOfDay), window: `${window.start}-${window.end}` }));
  }

  return reasons;
};

function coveredByAlternativeHours(context: RuleContext, wall: BogotaWallTime, isHoliday: boolean): boolean {
  const { contact, facts } = context;

  return facts.alternativeHoursAuthorizations.some(
    (authorization) =>
      authorization.partyId === contact.contactedPartyId &&
      isInForce(authorization.validFrom, authorization.validUntil, contact.instant) &&
      authorization.windows.some((window) => coversWallTime(window, wall, isHoliday)),
  );
}

function coversWallTime(window: AuthorizedWindow, wall: BogotaWallTime, isHoliday: boolean): boolean {
  if (isHoliday && !window.includesPublicHolidays) {
    return false;
  }

  return window.weekdays.includes(wall.weekday) && isWithin(window, wall.minuteOfDay);
}

function isWithin(window: { start: string; end: string }, minuteOfDay: number): boolean {
  return parseLocalTime(window.start) <= minuteOfDay && minuteOfDay < parseLocalTime(window.end);
}

function formatMinute(minuteOfDay: number): string {
  const hour = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
  const minute = String(minuteOfDay % 60).padStart(2, '0');

  return `${hour}:${minute}`;
}
