import { nitCheckDigit, validateDocumentNumber } from '@bitacora/domain';
import { planActivity } from './activity';
import { DEFAULT_RATES } from './assumptions';
import { generatePortfolio } from './portfolio';

describe('generatePortfolio', () => {
  it('repeats the same portfolio for a seed', () => {
    const first = generatePortfolio(50, 7);
    const second = generatePortfolio(50, 7);

    expect(second).toEqual(first);
    expect(generatePortfolio(50, 8)).not.toEqual(first);
  });

  it('gives every NIT a valid check digit', () => {
    const nits = generatePortfolio(2000, 11).filter((debtor) => debtor.documentType === 'NIT');

    expect(nits.length).toBeGreaterThan(50);
    for (const debtor of nits) {
      const [base, digit] = debtor.documentNumber.split('-');
      expect(Number(digit)).toBe(nitCheckDigit(base));
      expect(() => validateDocumentNumber('NIT', debtor.documentNumber)).not.toThrow();
    }
  });

  it('spreads accounts over every delinquency bucket', () => {
    const accounts = generatePortfolio(3000, 3).flatMap((debtor) => debtor.accounts);
    const share = (bucket: string) => accounts.filter((account) => account.bucket === bucket).length / accounts.length;

    expect(share('1-30')).toBeGreaterThan(0.35);
    expect(share('1-30')).toBeLessThan(0.55);
    for (const bucket of ['31-60', '61-90', '91-180', '180+']) {
      expect(share(bucket)).toBeGreaterThan(0.05);
    }
    for (const account of accounts) {
      expect(account.balanceMinor % 100n).toBe(0n);
      expect(account.balanceMinor).toBeGreaterThanOrEqual(15_000_000n);
    }
  });

  it('keeps balances around a few million pesos', () => {
    const balances = generatePortfolio(3000, 5).flatMap((debtor) => debtor.accounts.map((account) => Number(account.balanceMinor / 100n))).sort((a, b) => a - b);
    const median = balances[Math.floor(balances.length / 2)];

    expect(median).toBeGreaterThan(2_000_000);
    expect(median).toBeLessThan(6_000_000);
  });
});

describe('planActivity', () => {
  const input = { debtors: generatePortfolio(300, 9), lastDay: '2026-03-13', days: 10, agents: 3, seed: 9, rates: DEFAULT_RATES };

  it('repeats the same activity for a seed', () => {
    expect(planActivity(input)).toEqual(planActivity(input));
  });

  it('contacts a debtor at most once a day, inside the legal window', () => {
    const interactions = planActivity(input).flatMap((action) => (action.kind === 'interaction' ? [action] : []));
    const perDay = new Set(interactions.map((action) => `${action.debtorId}@${action.occurredAt.slice(0, 10)}`));

    expect(perDay.size).toBe(interactions.length);
    for (const action of interactions) {
      const hour = Number(action.occurredAt.slice(11, 13));
      expect(hour).toBeGreaterThanOrEqual(8);
      expect(hour).toBeLessThan(18);
      expect(new Date(`${action.occurredAt.slice(0, 10)}T12:00:00Z`).getUTCDay()).not.toBe(0);
    }
  });

  it('pays no later than the last simulated day', () => {
    const payments = planActivity(input).flatMap((action) => (action.kind === 'payment' ? [action] : []));

    expect(payments.length).toBeGreaterThan(0);
    expect(payments.every((payment) => payment.paidAt.slice(0, 10) <= input.lastDay)).toBe(true);
  });
});
