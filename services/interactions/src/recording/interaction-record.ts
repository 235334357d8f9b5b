import type { AgreedPlanTerms, AgreedPromiseTerms, Channel, Direction, NextActionTerms, PartyRole, Purpose } from '@bitacora/contracts';

/** An interaction as stored: immutable once written. */
export interface InteractionRecord {
  interactionId: string;
  debtorId: string;
  accountIds: string[];
  party: { id: string; role: PartyRole };
  channel: Channel;
  direction: Direction;
  purpose: Purpose;
  occurredAt: Date;
  /** Offset from UTC, in minutes, of the occurred-at instant as the source wrote it. */
  occurredAtOffsetMinutes: number;
  durationSeconds: number | null;
  agentId: string | null;
  automatedChannelId: string | null;
  outcomeCode: string;
  rightPartyContact: boolean;
  countsTowardLimits: boolean;
  notes: string | null;
  recordingReference: string | null;
  sourceSystem: string;
  sourceReference: string;
  promises: AgreedPromiseTerms[];
  paymentPlan: AgreedPlanTerms | null;
  nextAction: NextActionTerms | null;
  policyDecisionId: string;
  policyAllowed: boolean;
  actor: string;
  recordedAt: Date;
}

/** The fields an amendment may correct. The contact itself (who, how, when) was judged by the policy and stays. */
export const AMENDABLE_FIELDS = ['outcomeCode', 'notes', 'durationSeconds', 'recordingReference'] as const;
export type AmendableField = (typeof AMENDABLE_FIELDS)[number];

export interface AmendmentRecord {
  amendmentId: string;
  interactionId: string;
  changes: { field: AmendableField; previous: string | number | null; current: string | number | null }[];
  /** Right-party flag of the new outcome, when the outcome changed. */
  rightPartyContact: boolean | null;
  reason: string;
  actor: string;
  amendedAt: Date;
}
