/** Schema-qualified names of the service's tables, so every statement names its schema. */
export function tablesOf(schema: string) {
  const qualified = (name: string) => `"${schema}"."${name}"`;

  return {
    interactions: qualified('interactions'),
    interactionAccounts: qualified('interaction_accounts'),
    amendments: qualified('interaction_amendments'),
    policyDecisions: qualified('policy_decisions'),
    outcomeCodes: qualified('outcome_codes'),
    holidayOverrides: qualified('holiday_overrides'),
    consents: qualified('consents'),
    optOuts: qualified('opt_outs'),
    alternativeHours: qualified('alternative_hours_authorizations'),
    visitExceptions: qualified('visit_exceptions'),
    disputes: qualified('disputes'),
    promiseStates: qualified('promise_states'),
    accounts: qualified('accounts'),
    assignments: qualified('account_assignments'),
    nextActions: qualified('next_actions'),
  };
}

export type Tables = ReturnType<typeof tablesOf>;

export const TABLES = Symbol('interactions.tables');
