import { monthPartitionOf } from '../storage/partition-ranges';
import { evaluatePurge } from './purge-check';

const march2026 = monthPartitionOf(new Date('2026-03-10T00:00:00Z'));

describe('evaluatePurge', () => {
  it.each([
    ['the day the month ends', '2026-04-01T00:00:00Z', false],
    ['one millisecond before ten years after the month ends', '2036-03-31T23:59:59.999Z', false],
    ['ten years after the month ends', '2036-04-01T00:00:00Z', true],
  ])('on %s, allowed is %s without holds', (_label, now, allowed) => {
    const decision = evaluatePurge(march2026, new Date(now), 10, []);

    expect(decision.purgeAllowed).toBe(allowed);
    expect(decision.keepUntil).toBe('2036-04-01T00:00:00.000Z');
  });

  it('refuses an expired partition while a debtor in it is held', () => {
    const decision = evaluatePurge(march2026, new Date('2040-01-01T00:00:00Z'), 10, ['CC-2', 'CC-1']);

    expect(decision.purgeAllowed).toBe(false);
    expect(decision.refusals).toEqual([{ code: 'LEGAL_HOLD', debtorIds: ['CC-1', 'CC-2'] }]);
  });

  it('gives every reason at once', () => {
    const decision = evaluatePurge(march2026, new Date('2027-01-01T00:00:00Z'), 12, ['CC-1']);

    expect(decision.refusals).toEqual([
      { code: 'RETENTION_PERIOD_NOT_OVER', keepUntil: '2038-04-01T00:00:00.000Z' },
      { code: 'LEGAL_HOLD', debtorIds: ['CC-1'] },
    ]);
  });
});
