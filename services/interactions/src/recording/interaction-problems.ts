import type { FieldProblem } from '@bitacora/http';
import { isUsableOn, OutcomeCode } from '../outcome-codes/outcome-code';
import { CLOCK_SKEW_MS } from '../shared/instants';
import { agreementProblems } from './agreement-problems';
import type { RecordInteractionDto } from './record-interaction.dto';


/**
 * Checks what the field decorators cannot. The outcome must exist, be active and fit the channel,
 * someone must have made the contact, not in the future, and the agreed terms and the next action
 * must fit the interaction. Returns every problem, so the caller rejects the request whole.
 */
export function interactionProblems(input: RecordInteractionDto, outcome: OutcomeCode | undefined, now: Date): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (outcome === undefined) {
    problems.push({ field: 'outcomeCode', code: 'field.outcome_unknown', params: { code: input.outcomeCode } });
  } else if (!outcome.active) {
    problems.push({ field: 'outcomeCode', code: 'field.outcome_inactive', params: { code: input.outcomeCode } });
  } else if (!isUsableOn(outcome, input.channel)) {
    problems.push({ field: 'outcomeCode', code: 'field.outcome_not_on_channel', params: { code: input.outcomeCode, channel: input.channel } });
  }

  if (input.agentId === undefined && input.automatedChannelId === undefined) {
    problems.push({ field: 'agentId', code: 'field.agent_or_automated_channel' });
  }

  const occurredAt = new Date(input.occurredAt);
  if (occurredAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    problems.push({ field: 'occurredAt', code: 'field.in_future' });
  }

  if (input.nextAction !== undefined) {
    if (input.accountIds.length === 0) {
      problems.push({ field: 'nextAction', code: 'field.next_action_needs_account' });
    }
    if (new Date(input.nextAction.dueAt).getTime() < occurredAt.getTime()) {
      problems.push({ field: 'nextAction.dueAt', code: 'field.next_action_before_contact' });
    }
  }

  if (outcome !== undefined) {
    problems.push(...agreementProblems(input, outcome.agreementKind));
  }

  return problems;
}
