/** What the service knows now about one account: its debtor, who is in charge, and its next action. */
export interface AccountState {
  accountId: string;
  debtorId: string;
  portfolioId: string | null;
  assignee: { kind: 'agent' | 'team'; id: string } | null;
  assignmentId: string | null;
  nextActionId: string | null;
  nextActionDueAt: Date | null;
  lastInteractionAt: Date | null;
}

export interface AccountRow {
  account_id: string;
  debtor_id: string;
  portfolio_id: string | null;
  assignment_id: string | null;
  assignee_kind: 'agent' | 'team' | null;
  assignee_id: string | null;
  next_action_id: string | null;
  next_action_due_at: Date | null;
  last_interaction_at: Date | null;
  /** The follow-up sort key as text: the due instant, or -infinity without a next action. */
  sort_due?: string;
}

export function toAccountState(row: AccountRow): AccountState {
  return {
    accountId: row.account_id,
    debtorId: row.debtor_id,
    portfolioId: row.portfolio_id,
    assignee: row.assignee_kind !== null && row.assignee_id !== null ? { kind: row.assignee_kind, id: row.assignee_id } : null,
    assignmentId: row.assignment_id,
    nextActionId: row.next_action_id,
    nextActionDueAt: row.next_action_due_at,
    lastInteractionAt: row.last_interaction_at,
  };
}
