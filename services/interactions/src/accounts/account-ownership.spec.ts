import { ownershipProblems } from './account-ownership';

describe('ownershipProblems', () => {
  const known = new Map([['CRED-1', 'CC-1'], ['CRED-2', 'CC-2']]);

  it('accepts new accounts and accounts of the same debtor', () => {
    expect(ownershipProblems(known, ['CRED-1', 'CRED-9'], 'CC-1', (index) => `accountIds[${index}]`)).toEqual([]);
  });

  it('names each account of another debtor', () => {
    expect(ownershipProblems(known, ['CRED-1', 'CRED-2'], 'CC-1', (index) => `accountIds[${index}]`)).toEqual([
      { field: 'accountIds[1]', code: 'field.account_of_other_debtor', params: { accountId: 'CRED-2', debtorId: 'CC-2' } },
    ]);
  });
});
