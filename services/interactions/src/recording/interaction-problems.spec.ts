import { OutcomeCode } from '../outcome-codes/outcome-code';
import { interactionProblems } from './interaction-problems';
import { RecordInteractionDto } from './record-interaction.dto';

const now = new Date('2026-03-10T16:00:00Z');

function outcome(overrides: Partial<OutcomeCode> = {}): OutcomeCode {
  return {
    code: 'NO_ANSWER', labelEs: 'No contesta', labelEn: 'No answer', isAttempt: true, isRightPartyContact: false, isDispute: false,
    agreementKind: null, channels: ['phone_call'], active: true, builtIn: true, version: 1, updatedAt: now, ...overrides,
  };
}

function input(overrides: Partial<RecordInteractionDto> = {}): RecordInteractionDto {
  return {
    debtorId: 'CC-1', accountIds: ['CRED-1'], party: { id: 'CC-1', role: 'debtor' }, channel: 'phone_call', direction: 'outbound',
    purpose: 'collection', occurredAt: '2026-03-10T10:30:00-05:00', agentId: 'ag-1', outcomeCode: 'NO_ANSWER', sourceSystem: 'crm', sourceReference: 'R-1',
    ...overrides,
  } as RecordInteractionDto;
}

const codesOf = (dto: RecordInteractionDto, code: OutcomeCode | undefined) => interactionProblems(dto, code, now).map((problem) => `${problem.field} ${problem.code}`);

describe('interactionProblems', () => {
  it('accepts a complete interaction', () => {
    expect(codesOf(input(), outcome())).toEqual([]);
  });

  it.each([
    ['an unknown outcome', input(), undefined, ['outcomeCode field.outcome_unknown']],
    ['an inactive outcome', input(), outcome({ active: false }), ['outcomeCode field.outcome_inactive']],
    ['an outcome of another channel', input({ channel: 'sms' }), outcome(), ['outcomeCode field.outcome_not_on_channel']],
    ['nobody who made the contact', input({ agentId: undefined }), outcome(), ['agentId field.agent_or_automated_channel']],
    ['a contact six minutes ahead', input({ occurredAt: '2026-03-10T16:06:00Z' }), outcome(), ['occurredAt field.in_future']],
    ['a next action without accounts', input({ accountIds: [], nextAction: { dueAt: '2026-03-11T09:00:00-05:00', action: 'CALL' } }), outcome(), ['nextAction field.next_action_needs_account']],
    ['a next action before the contact', input({ nextAction: { dueAt: '2026-03-10T09:00:00-05:00', action: 'CALL' } }), outcome(), ['nextAction.dueAt field.next_action_before_contact']],
  ] as const)('rejects %s', (_case, dto, code, expected) => {
    expect(codesOf(dto, code)).toEqual(expected);
  });

  it('accepts a clock four minutes ahead', () => {
    expect(codesOf(input({ occurredAt: '2026-03-10T16:04:00Z' }), outcome())).toEqual([]);
  });

  it('accepts an automated channel instead of an agent', () => {
    expect(codesOf(input({ agentId: undefined, automatedChannelId: 'ivr-1' }), outcome())).toEqual([]);
  });
});
