import { AmendmentRecord, InteractionRecord } from '../recording/interaction-record';
import { changedFields } from './amended-changes';
import { applyAmendments, originalValues } from './apply-amendments';

const record = {
  outcomeCode: 'NO_ANSWER',
  notes: 'llamar luego',
  durationSeconds: 30,
  recordingReference: null,
  rightPartyContact: false,
} as unknown as InteractionRecord;

function amendment(changes: AmendmentRecord['changes'], rightPartyContact: boolean | null = null): AmendmentRecord {
  return { amendmentId: 'a', interactionId: 'i', changes, rightPartyContact, reason: 'r', actor: 'agent:1', amendedAt: new Date() };
}

describe('applyAmendments', () => {
  it('returns the original values without amendments', () => {
    expect(applyAmendments(record, [])).toEqual(originalValues(record));
  });

  it('lets the later amendment win', () => {
    const values = applyAmendments(record, [
      amendment([{ field: 'outcomeCode', previous: 'NO_ANSWER', current: 'RIGHT_PARTY_REACHED' }], true),
      amendment([{ field: 'notes', previous: 'llamar luego', current: null }, { field: 'durationSeconds', previous: 30, current: 95 }]),
      amendment([{ field: 'outcomeCode', previous: 'RIGHT_PARTY_REACHED', current: 'REFUSED_TO_PAY' }], true),
    ]);

    expect(values).toEqual({ outcomeCode: 'REFUSED_TO_PAY', notes: null, durationSeconds: 95, recordingReference: null, rightPartyContact: true });
  });
});

describe('changedFields', () => {
  const current = originalValues(record);

  it('lists only fields whose value changes', () => {
    const result = changedFields({ outcomeCode: 'NO_ANSWER', notes: null, recordingReference: 'rec-9' }, current);

    expect(result).toEqual({
      changes: [
        { field: 'notes', previous: 'llamar luego', current: null },
        { field: 'recordingReference', previous: null, current: 'rec-9' },
      ],
      problems: [],
    });
  });

  it.each([
    ['no field', {}, 'field.changes_empty'],
    ['the same values', { outcomeCode: 'NO_ANSWER', durationSeconds: 30 }, 'field.no_change'],
    ['a cleared outcome', { outcomeCode: null as unknown as string }, 'field.required'],
  ])('rejects %s', (_case, requested, code) => {
    expect(changedFields(requested, current).problems.map((problem) => problem.code)).toEqual([code]);
  });
});
