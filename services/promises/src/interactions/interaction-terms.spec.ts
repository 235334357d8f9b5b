import type { InteractionRecordedData } from '@bitacora/contracts';
import { installmentIdOf } from '../common/uuid-v5';
import { termsOfInteraction } from './interaction-terms';

const PLAN_ID = '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2b01';

function interaction(overrides: Partial<InteractionRecordedData> = {}): InteractionRecordedData {
  return {
    interactionId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a11',
    debtorId: 'CC-1020304050',
    accountIds: ['CRED-1'],
    party: { id: 'CC-1020304050', role: 'debtor' },
    channel: 'phone_call',
    direction: 'outbound',
    purpose: 'collection',
    occurredAt: '2026-03-10T15:30:00Z',
    agentId: 'ag-17',
    outcomeCode: 'PROMISE_TO_PAY',
    rightPartyContact: true,
    sourceSystem: 'crm-main',
    sourceReference: 'CALL-1',
    policy: { allowed: true, reasons: [] },
    promises: [{ promiseId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a12', accountId: 'CRED-1', amount: '150000.00', currency: 'COP', dueDate: '2026-03-13', graceDays: 2 }],
    recordedAt: '2026-03-10T15:34:05Z',
    ...overrides,
  };
}

describe('termsOfInteraction', () => {
  it('reads the promises with the interaction’s debtor, agent and instant', () => {
    const terms = termsOfInteraction(interaction());

    expect(terms.agreedAt).toEqual(new Date('2026-03-10T15:30:00Z'));
    expect(terms.plan).toBeNull();
    expect(terms.promises).toEqual([
      {
        promiseId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a12',
        debtorId: 'CC-1020304050',
        accountId: 'CRED-1',
        agentId: 'ag-17',
        interactionId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a11',
        amount: 15000000n,
        currency: 'COP',
        dueDate: '2026-03-13',
        graceDays: 2,
      },
    ]);
  });

  it('names the automated channel when no agent took part', () => {
    const terms = termsOfInteraction(interaction({ agentId: undefined, automatedChannelId: 'ivr-3' }));

    expect(terms.promises[0].agentId).toBe('ivr-3');
  });

  it('reads a plan with stable installment ids, down payment first', () => {
    const terms = termsOfInteraction(
      interaction({
        promises: [],
        paymentPlan: {
          planId: PLAN_ID,
          accountId: 'CRED-1',
          currency: 'COP',
          totalAmount: '300.00',
          downPayment: { amount: '100.00', dueDate: '2026-03-13' },
          annualInterestRate: '24.5',
          installments: [
            { number: 2, dueDate: '2026-05-13', amount: '100.00' },
            { number: 1, dueDate: '2026-04-13', amount: '100.00' },
          ],
        },
      }),
    );

    expect(terms.plan).toMatchObject({
      planId: PLAN_ID,
      totalAmount: 30000n,
      interestRateBasisPoints: 2450,
      downPayment: { installmentId: installmentIdOf(PLAN_ID, 0), amount: 10000n },
      installments: [
        { installmentId: installmentIdOf(PLAN_ID, 1), dueDate: '2026-04-13' },
        { installmentId: installmentIdOf(PLAN_ID, 2), dueDate: '2026-05-13' },
      ],
    });
  });

  it('rejects an amount that does not fit its currency', () => {
    const promise = { ...interaction().promises[0], amount: '1.005' };

    expect(() => termsOfInteraction(interaction({ promises: [promise] }))).toThrow(expect.objectContaining({ code: 'TERMS_AMOUNT_TOO_MANY_DECIMALS' }));
  });
});
