import { contactKpisOf, rateOf } from './contact-kpi-figures';
import { kpiPeriodOf } from './contact-kpi-period';

describe('rateOf', () => {
  it.each([
    [3, 5, '0.6000'],
    [1, 3, '0.3333'],
    [2, 3, '0.6667'],
    [1, 8, '0.1250'],
    [1, 20_000, '0.0001'],
    [1, 20_001, '0.0000'],
    [0, 7, '0.0000'],
    [7, 7, '1.0000'],
    [9, 4, '2.2500'],
  ])('%i / %i is %s, rounded half up', (numerator, denominator, expected) => {
    expect(rateOf(numerator, denominator)).toBe(expected);
  });

  it('is null for a zero denominator', () => {
    expect(rateOf(0, 0)).toBeNull();
  });
});

describe('contactKpisOf', () => {
  it('derives both rates', () => {
    expect(contactKpisOf({ contactAttempts: 10, rightPartyContacts: 4, promises: 1, policyDenials: 2, policyViolations: 1 })).toEqual({
      contactAttempts: 10,
      rightPartyContacts: 4,
      rightPartyContactRate: '0.4000',
      promises: 1,
      promiseRate: '0.2500',
      policyDenials: 2,
      policyViolations: 1,
    });
  });
});

describe('kpiPeriodOf', () => {
  it('covers whole Bogota days', () => {
    expect(kpiPeriodOf('2026-03-10', '2026-03-11')).toEqual({ start: new Date('2026-03-10T05:00:00Z'), end: new Date('2026-03-12T05:00:00Z') });
  });

  it('rejects 367 days and reversed periods', () => {
    expect(() => kpiPeriodOf('2026-01-01', '2027-01-01')).not.toThrow();
    expect(() => kpiPeriodOf('2026-01-01', '2027-01-02')).toThrow(expect.objectContaining({ fields: [{ field: 'to', code: 'field.period_too_long', params: { maxDays: 366 } }] }));
    expect(() => kpiPeriodOf('2026-03-10', '2026-03-09')).toThrow(expect.objectContaining({ fields: [{ field: 'to', code: 'field.date_range' }] }));
  });
});
