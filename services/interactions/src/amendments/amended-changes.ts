import type { FieldProblem } from '@bitacora/http';
import { AMENDABLE_FIELDS, AmendmentRecord } from '../recording/interaction-record';
import { EffectiveValues } from './apply-amendments';
import { AmendmentChangesDto } from './amend-interaction.dto';

export type AmendedChanges = AmendmentRecord['changes'];

/**
 * The fields whose requested value differs from the value in force, with both values. A field
 * absent from the request is left alone, and a field present with null clears it (the outcome
 * cannot be cleared).
 */
export function changedFields(requested: AmendmentChangesDto, current: EffectiveValues): { changes: AmendedChanges; problems: FieldProblem[] } {
  const changes: AmendedChanges = [];
  const problems: FieldProblem[] = [];
  const present = AMENDABLE_FIELDS.filter((field) => Object.hasOwn(requested, field) && requested[field] !== undefined);
  if (present.length === 0) {
    return { changes, problems: [{ field: 'changes', code: 'field.changes_empty' }] };
  }

  for (const field of present) {
    const value = requested[field] ?? null;
    if (field === 'outcomeCode' && value === null) {
      problems.push({ field: 'changes.outcomeCode', code: 'field.required' });
      continue;
    }
    if (value !== current[field]) {
      changes.push({ field, previous: current[field], current: value });
    }
  }
  if (problems.length === 0 && changes.length === 0) {
    problems.push({ field: 'changes', code: 'field.no_change' });
  }

  return { changes, problems };
}
