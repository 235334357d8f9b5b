import { computeDeadlineDate, hasDeadlinePassed, type BusinessCalendar, type GraceDayCounting } from './deadline';
import { testCalendar } from './test/fixtures';

describe('computeDeadlineDate', () => {
  const cases: Array<{ name: string; dueDate: string; graceDays: number; counting: GraceDayCounting; expected: string }> = [
    { name: 'zero grace keeps due date', dueDate: '2026-03-10', graceDays: 0, counting: 'BUSINESS_DAYS', expected: '2026-03-10' },
    { name: 'zero grace on Saturday', dueDate: '2026-03-21', graceDays: 0, counting: 'BUSINESS_DAYS', expected: '2026-03-21' },
    { name: 'business grace skips weekend', dueDate: '2026-03-13', graceDays: 1, counting: 'BUSINESS_DAYS', expected: '2026-03-16' },
    { name: 'business grace skips weekend and holiday', dueDate: '2026-03-20', graceDays: 2, counting: 'BUSINESS_DAYS', expected: '2026-03-25' },
    { name: 'calendar grace counts weekend', dueDate: '2026-03-20', graceDays: 2, counting: 'CALENDAR_DAYS', expected: '2026-03-22' },
    { name: 'calendar grace lands on holiday', dueDate: '2026-03-20', graceDays: 3, counting: 'CALENDAR_DAYS', expected: '2026-03-23' },
    { name: 'business grace over Holy Week', dueDate: '2026-04-01', graceDays: 1, counting: 'BUSINESS_DAYS', expected: '2026-04-06' },
    { name: 'business grace from Sunday', dueDate: '2026-03-22', graceDays: 1, counting: 'BUSINESS_DAYS', expected: '2026-03-24' },
    { name: 'calendar grace across month end', dueDate: '2026-02-27', graceDays: 2, counting: 'CALENDAR_DAYS', expected: '2026-03-01' },
  ];

  it.each(cases)('$name', ({ dueDate, graceDays, counting, expected }) => {
    expect(computeDeadlineDate(dueDate, graceDays, counting, testCalendar)).toBe(expected);
  });

  it('throws on calendar without business days', () => {
    const closedCalendar: BusinessCalendar = { isBusinessDay: () => false };

    expect(() => computeDeadlineDate('2026-03-10', 1, 'BUSINESS_DAYS', closedCalendar)).toThrow(/no business day/);
  });
});

describe('hasDeadlinePassed', () => {
  it.each([
    { name: '23:30 Bogota on deadline', instant: '2026-03-10T23:30:00-05:00', passed: false },
    { name: 'last millisecond in UTC', instant: '2026-03-11T04:59:59.999Z', passed: false },
    { name: 'Bogota midnight after deadline', instant: '2026-03-11T05:00:00Z', passed: true },
    { name: 'day before deadline', instant: '2026-03-09T12:00:00Z', passed: false },
    { name: 'UTC midnight on deadline', instant: '2026-03-10T00:00:00Z', passed: false },
  ])('$name', ({ instant, passed }) => {
    expect(hasDeadlinePassed('2026-03-10', new Date(instant))).toBe(passed);
  });
});
