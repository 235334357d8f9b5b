import { agreementProblems, AgreementInput } from './agreement-problems';

const base: AgreementInput = { accountIds: ['CRED-1'], occurredAt: '2026-03-10T10:30:00-05:00' };
const promise = { accountId: 'CRED-1', amount: '150000.00', currency: 'COP', dueDate: '2026-03-13' };
const plan = {
  accountId: 'CRED-1',
  currency: 'COP',
  totalAmount: '300000.00',
  downPayment: { amount: '100000.00', dueDate: '2026-03-12' },
  installments: [
    { number: 1, dueDate: '2026-04-10', amount: '100000.00' },
    { number: 2, dueDate: '2026-05-10', amount: '100000.00' },
  ],
};

const codesOf = (input: AgreementInput, kind: 'promise' | 'payment_plan' | null) => agreementProblems(input, kind).map((problem) => `${problem.field} ${problem.code}`);

describe('agreementProblems', () => {
  it.each([
    ['a promise outcome with its promise', { ...base, promises: [promise] }, 'promise'],
    ['a plan outcome with a plan that adds up', { ...base, paymentPlan: plan }, 'payment_plan'],
    ['an outcome without agreement and no terms', base, null],
    ['a promise due on the day of the contact', { ...base, promises: [{ ...promise, dueDate: '2026-03-10' }] }, 'promise'],
  ] as const)('accepts %s', (_case, input, kind) => {
    expect(codesOf(input as AgreementInput, kind)).toEqual([]);
  });

  it.each([
    ['a promise outcome without promises', base, 'promise', ['promises field.promises_required']],
    ['a plan outcome without a plan', base, 'payment_plan', ['paymentPlan field.plan_required']],
    ['terms on an outcome without agreement', { ...base, promises: [promise], paymentPlan: plan }, null, ['promises field.not_expected_for_outcome', 'paymentPlan field.not_expected_for_outcome']],
    ['a promise about another account', { ...base, promises: [{ ...promise, accountId: 'CRED-2' }] }, 'promise', ['promises[0].accountId field.account_not_in_interaction']],
    ['a promise of zero', { ...base, promises: [{ ...promise, amount: '0' }] }, 'promise', ['promises[0].amount field.amount_positive']],
    ['three decimals in pesos', { ...base, promises: [{ ...promise, amount: '10.005' }] }, 'promise', ['promises[0].amount field.amount']],
    ['an unaccepted currency', { ...base, promises: [{ ...promise, currency: 'XAU' }] }, 'promise', ['promises[0].currency field.currency_not_accepted']],
    ['a promise due before the contact', { ...base, promises: [{ ...promise, dueDate: '2026-03-09' }] }, 'promise', ['promises[0].dueDate field.due_before_contact']],
  ] as const)('rejects %s', (_case, input, kind, expected) => {
    expect(codesOf(input as AgreementInput, kind)).toEqual(expected);
  });

  it('rejects a plan whose parts do not add up to the total', () => {
    const problems = agreementProblems({ ...base, paymentPlan: { ...plan, totalAmount: '350000.00' } }, 'payment_plan');

    expect(problems).toEqual([{ field: 'paymentPlan.totalAmount', code: 'field.plan_total_mismatch', params: { sum: '300000.00' } }]);
  });

  it('rejects installments out of number or date order', () => {
    const installments = [
      { number: 1, dueDate: '2026-04-10', amount: '100000.00' },
      { number: 3, dueDate: '2026-04-10', amount: '100000.00' },
    ];

    expect(codesOf({ ...base, paymentPlan: { ...plan, installments } }, 'payment_plan')).toEqual([
      'paymentPlan.installments[1].number field.installment_number',
      'paymentPlan.installments[1].dueDate field.installment_order',
    ]);
  });

  it('rejects a down payment due after the first installment', () => {
    const downPayment = { amount: '100000.00', dueDate: '2026-04-11' };

    expect(codesOf({ ...base, paymentPlan: { ...plan, downPayment } }, 'payment_plan')).toEqual(['paymentPlan.downPayment.dueDate field.down_payment_after_installment']);
  });
});
