import { monthPartitionOf, parsePartitionName, partitionsAhead } from './partition-ranges';

describe('monthly ledger partitions', () => {
  it.each([
    ['mid-month', '2026-03-15T12:00:00Z', 'ledger_records_p202603', '2026-03-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z'],
    ['the last millisecond of a year', '2026-12-31T23:59:59.999Z', 'ledger_records_p202612', '2026-12-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z'],
    ['a Bogota evening that is already next month in UTC', '2026-03-31T20:00:00-05:00', 'ledger_records_p202604', '2026-04-01T00:00:00.000Z', '2026-05-01T00:00:00.000Z'],
  ])('places %s in its UTC month', (_label, instant, name, from, to) => {
    const partition = monthPartitionOf(new Date(instant));

    expect(partition).toEqual({ name, from: new Date(from), to: new Date(to) });
  });

  it('lists the current month and the months ahead across a year end', () => {
    const names = partitionsAhead(new Date('2026-11-20T00:00:00Z'), 3).map((partition) => partition.name);

    expect(names).toEqual(['ledger_records_p202611', 'ledger_records_p202612', 'ledger_records_p202701', 'ledger_records_p202702']);
  });

  it.each([['ledger_records_p202613'], ['ledger_records_p20260'], ['other_p202603']])('does not parse %s', (name) => {
    expect(parsePartitionName(name)).toBeNull();
  });

  it('parses a name back to its range', () => {
    expect(parsePartitionName('ledger_records_p202602')).toEqual(monthPartitionOf(new Date('2026-02-10T00:00:00Z')));
  });
});
