import { AmendableField, AmendmentRecord, InteractionRecord } from '../recording/interaction-record';

/** The values of the amendable fields as they stand after every amendment. */
export interface EffectiveValues {
  outcomeCode: string;
  notes: string | null;
  durationSeconds: number | null;
  recordingReference: string | null;
  rightPartyContact: boolean;
}

export function originalValues(record: InteractionRecord): EffectiveValues {
  return {
    outcomeCode: record.outcomeCode,
    notes: record.notes,
    durationSeconds: record.durationSeconds,
    recordingReference: record.recordingReference,
    rightPartyContact: record.rightPartyContact,
  };
}

/** Applies amendments in the order they were made; a later change of a field wins. */
export function applyAmendments(record: InteractionRecord, amendments: readonly AmendmentRecord[]): EffectiveValues {
  return amendments.reduce<EffectiveValues>((values, amendment) => {
    const next: EffectiveValues = { ...values };
    for (const change of amendment.changes) {
      setField(next, change.field, change.current);
    }
    if (amendment.rightPartyContact !== null) {
      next.rightPartyContact = amendment.rightPartyContact;
    }

    return next;
  }, originalValues(record));
}

function setField(values: EffectiveValues, field: AmendableField, value: string | number | null): void {
  switch (field) {
    case 'outcomeCode':
      values.outcomeCode = String(value);
      return;
    case 'durationSeconds':
      values.durationSeconds = value === null ? null : Number(value);
      return;
    case 'notes':
      values.notes = value === null ? null : String(value);
      return;
    case 'recordingReference':
      values.recordingReference = value === null ? null : String(value);
      return;
  }
}
