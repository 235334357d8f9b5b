import type { AgreementKind, Channel, OutcomeCodeData } from '@bitacora/contracts';

/** An outcome code of the catalog (tipificación) and what it means for counting and agreements. */
export interface OutcomeCode {
  code: string;
  labelEs: string;
  labelEn: string;
  isAttempt: boolean;
  isRightPartyContact: boolean;
  isDispute: boolean;
  /** The agreement an interaction with this outcome carries: promise terms, plan terms, or none. */
  agreementKind: AgreementKind | null;
  /** Channels on which the code may be used; null for every channel. */
  channels: Channel[] | null;
  active: boolean;
  builtIn: boolean;
  version: number;
  updatedAt: Date;
}

export function isUsableOn(outcome: OutcomeCode, channel: Channel): boolean {
  return outcome.channels === null || outcome.channels.includes(channel);
}

export function outcomeCodeEventData(outcome: OutcomeCode): OutcomeCodeData {
  return {
    code: outcome.code,
    labelEs: outcome.labelEs,
    labelEn: outcome.labelEn,
    isAttempt: outcome.isAttempt,
    isRightPartyContact: outcome.isRightPartyContact,
    isPromise: outcome.agreementKind !== null,
    isDispute: outcome.isDispute,
    agreementKind: outcome.agreementKind,
    channels: outcome.channels,
    active: outcome.active,
    version: outcome.version,
  };
}
