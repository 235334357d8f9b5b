import type { FieldProblem } from '@bitacora/http';

/**
 * An account belongs to one debtor, because co-debtors and guarantors are parties, not owners. Returns a
 * problem, on the field `fieldOf(index)` names, for each account already known under another debtor.
 */
export function ownershipProblems(knownDebtors: Map<string, string>, accountIds: string[], debtorId: string, fieldOf: (index: number) => string): FieldProblem[] {
  return accountIds.flatMap((accountId, index) => {
    const owner = knownDebtors.get(accountId);
    if (owner === undefined || owner === debtorId) {
      return [];
    }

    return [{ field: fieldOf(index), code: 'field.account_of_other_debtor', params: { accountId, debtorId: owner } }];
  });
}
