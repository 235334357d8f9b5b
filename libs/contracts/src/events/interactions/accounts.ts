import { EventDefinition, Fragments } from '../../event-definition';
import { Topics } from '../../topics';
import { InteractionFragments, nextActionSchema, NextActionTerms } from './vocabulary';

/** Events about an account's collection state: disputes, who is in charge, and what happens next. */
export const AccountEventTypes = {
  disputeOpened: 'co.collections.dispute.opened.v1',
  disputeClosed: 'co.collections.dispute.closed.v1',
  accountAssigned: 'co.collections.account.assigned.v1',
  nextActionScheduled: 'co.collections.account.next-action-scheduled.v1',
} as const;

export interface DisputeOpenedData {
  disputeId: string;
  debtorId: string;
  accountId: string;
  openedAt: string;
  reason: string;
  evidence?: string;
  /** The interaction whose outcome raised the dispute, when it came from one. */
  interactionId?: string;
}

export interface DisputeClosedData {
  disputeId: string;
  debtorId: string;
  accountId: string;
  closedAt: string;
  resolution: 'upheld' | 'rejected' | 'withdrawn';
  notes?: string;
}

export interface AccountAssignedData {
  assignmentId: string;
  accountId: string;
  debtorId: string;
  portfolioId: string;
  assignee: { kind: 'agent' | 'team'; id: string };
  effectiveAt: string;
  reason?: string;
}

export interface NextActionScheduledData extends NextActionTerms {
  nextActionId: string;
  accountId: string;
  debtorId: string;
  interactionId?: string;
  scheduledAt: string;
}

export const DISPUTE_RESOLUTIONS = ['upheld', 'rejected', 'withdrawn'] as const;

export const accountEvents: EventDefinition[] = [
  {
    type: AccountEventTypes.disputeOpened,
    topic: Topics.interactions,
    summary: 'The debtor contested the debt of an account; collection contact about it pauses while the dispute is open.',
    dataSchema: {
      type: 'object',
      required: ['disputeId', 'debtorId', 'accountId', 'openedAt', 'reason'],
      additionalProperties: false,
      properties: {
        disputeId: Fragments.uuid,
        debtorId: Fragments.bankId,
        accountId: Fragments.bankId,
        openedAt: Fragments.instant,
        reason: InteractionFragments.reason,
        evidence: InteractionFragments.evidence,
        interactionId: Fragments.uuid,
      },
    },
    example: {
      disputeId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a30',
      debtorId: 'CC-1020304050',
      accountId: 'CRED-0042-7781',
      openedAt: '2026-03-10T15:30:00Z',
      reason: 'El deudor afirma que la obligación fue pagada en 2025.',
    },
  },
  {
    type: AccountEventTypes.disputeClosed,
    topic: Topics.interactions,
    summary: 'A dispute was resolved; collection contact about the account may resume.',
    dataSchema: {
      type: 'object',
      required: ['disputeId', 'debtorId', 'accountId', 'closedAt', 'resolution'],
      additionalProperties: false,
      properties: {
        disputeId: Fragments.uuid,
        debtorId: Fragments.bankId,
        accountId: Fragments.bankId,
        closedAt: Fragments.instant,
        resolution: { enum: [...DISPUTE_RESOLUTIONS] },
        notes: { type: 'string', maxLength: 4000 },
      },
    },
    example: {
      disputeId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a30',
      debtorId: 'CC-1020304050',
      accountId: 'CRED-0042-7781',
      closedAt: '2026-03-20T15:30:00Z',
      resolution: 'rejected',
    },
  },
  {
    type: AccountEventTypes.accountAssigned,
    topic: Topics.interactions,
    summary: 'An account was assigned to an agent or a team within a portfolio (cartera).',
    dataSchema: {
      type: 'object',
      required: ['assignmentId', 'accountId', 'debtorId', 'portfolioId', 'assignee', 'effectiveAt'],
      additionalProperties: false,
      properties: {
        assignmentId: Fragments.uuid,
        accountId: Fragments.bankId,
        debtorId: Fragments.bankId,
        portfolioId: Fragments.bankId,
        assignee: {
          type: 'object',
          required: ['kind', 'id'],
          additionalProperties: false,
          properties: { kind: { enum: ['agent', 'team'] }, id: InteractionFragments.personId },
        },
        effectiveAt: Fragments.instant,
        reason: InteractionFragments.reason,
      },
    },
    example: {
      assignmentId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a31',
      accountId: 'CRED-0042-7781',
      debtorId: 'CC-1020304050',
      portfolioId: 'CARTERA-CONSUMO-2026',
      assignee: { kind: 'agent', id: 'ag-17' },
      effectiveAt: '2026-03-01T13:00:00Z',
    },
  },
  {
    type: AccountEventTypes.nextActionScheduled,
    topic: Topics.interactions,
    summary: "The account's next action was scheduled; the latest one is the account's current next action.",
    dataSchema: {
      type: 'object',
      required: ['nextActionId', 'accountId', 'debtorId', 'dueAt', 'action', 'scheduledAt'],
      additionalProperties: false,
      properties: {
        ...nextActionSchema.properties,
        nextActionId: Fragments.uuid,
        accountId: Fragments.bankId,
        debtorId: Fragments.bankId,
        interactionId: Fragments.uuid,
        scheduledAt: Fragments.instant,
      },
    },
    example: {
      nextActionId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a32',
      accountId: 'CRED-0042-7781',
      debtorId: 'CC-1020304050',
      dueAt: '2026-03-16T14:00:00Z',
      action: 'CHECK_PROMISE',
      assigneeId: 'ag-17',
      interactionId: '0193b6a2-6c1e-7cc0-9a52-1f0c8f3f2a11',
      scheduledAt: '2026-03-10T15:34:05Z',
    },
  },
];
