import { ACCOUNT, allocation, amendment, interaction, payment, plan, promise } from '../test/sample-records';
import { accountIdsOf, amendmentEntries, interactionEntries, paymentEntries, paymentSourceOf, planEntries, promiseEntries } from './timeline-sources';

describe('timeline entries of each record', () => {
  it('dates interactions and amendments in UTC, amendments from their own list', () => {
    const item = interaction(1, '2026-03-05T10:00:00.000-05:00', { amendments: [amendment(1, '2026-03-12T15:00:00Z')] });
    const entries = [...interactionEntries(item), ...amendmentEntries({ ...amendment(1, '2026-03-12T15:00:00Z'), interactionId: item.interactionId })];

    expect(entries.map((entry) => [entry.kind, entry.occurredAt])).toEqual([
      ['interaction', '2026-03-05T15:00:00.000Z'],
      ['amendment', '2026-03-12T15:00:00.000Z'],
    ]);
    expect(entries[1].data.interactionId).toBe(entries[0].id);
  });

  it('adds a status change only to a resolved promise', () => {
    expect(promiseEntries(promise(1, '2026-03-01T00:00:00Z')).map((entry) => entry.kind)).toEqual(['promise']);
    expect(promiseEntries(promise(1, '2026-03-01T00:00:00Z', { status: 'BROKEN', resolvedAt: '2026-03-20T05:00:00Z' })).map((entry) => entry.kind)).toEqual(['promise', 'promise_status_change']);
  });

  it('adds the resolved installments of a plan', () => {
    const entries = planEntries(plan(1, '2026-03-01T00:00:00Z', { installments: [{ installmentId: 'i-1', resolvedAt: '2026-04-11T05:00:00Z' }, { installmentId: 'i-2' }] }));

    expect(entries.map((entry) => `${entry.kind}:${entry.id}`)).toEqual(['plan:0193b6a2-6c1e-7cc0-9a52-000000002001', 'installment_status_change:i-1']);
  });

  it('gives a payment its reversal and allocations', () => {
    const entries = paymentEntries(payment('PAY-1', '2026-03-04T16:00:00Z', { reversedAt: '2026-03-05T16:00:00Z', allocations: [allocation('PAY-1', 'p-1', '2026-03-04T16:00:01Z')] }));

    expect(entries.map((entry) => `${entry.kind}:${entry.id}`)).toEqual(['payment:PAY-1', 'payment_reversal:PAY-1', 'allocation:PAY-1:PROMISE:p-1']);
  });

  it('skips a record without an id or a readable instant', () => {
    expect(promiseEntries({ promiseId: 'p-1', createdAt: 'yesterday' })).toEqual([]);
    expect(promiseEntries({ createdAt: '2026-03-01T00:00:00Z' })).toEqual([]);
  });

  it('leaves out payments that name another debtor', () => {
    const source = paymentSourceOf(ACCOUNT, 'CC-1');

    expect(source.toEntries(payment('PAY-1', '2026-03-04T16:00:00Z', { debtorId: 'CC-2' }))).toEqual([]);
    expect(source.toEntries(payment('PAY-2', '2026-03-04T16:00:00Z', { debtorId: undefined }))).toHaveLength(1);
  });

  it('collects the accounts named by interactions, promises and plans', () => {
    const entries = [
      ...interactionEntries(interaction(1, '2026-03-05T10:00:00Z', { accountIds: ['A-1', 'A-2'] })),
      ...promiseEntries(promise(1, '2026-03-01T00:00:00Z', { accountId: 'A-3' })),
      ...planEntries(plan(1, '2026-03-01T00:00:00Z', { accountId: 'A-1' })),
    ];

    expect(accountIdsOf(entries)).toEqual(['A-1', 'A-2', 'A-3']);
  });
});
