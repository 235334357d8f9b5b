import { isCheckpointDue } from './sign-checkpoint';

const policy = { everyRecords: 1000, intervalMs: 60_000 };

describe('isCheckpointDue', () => {
  it.each([
    ['nothing pending, long ago', 0, 600_000, false],
    ['few records, recently', 10, 1_000, false],
    ['the record count reached', 1000, 1_000, true],
    ['few records, interval passed', 1, 60_000, true],
  ])('with %s returns %s', (_label, pending, sinceLastMs, due) => {
    expect(isCheckpointDue(policy, pending, sinceLastMs)).toBe(due);
  });
});
