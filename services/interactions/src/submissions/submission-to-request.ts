import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { CloudEvent } from '@bitacora/contracts';
import { toFieldProblems, unsafeInputProblems } from '@bitacora/http';
import { PermanentMessageError } from '@bitacora/messaging';
import { RecordInteractionDto } from '../recording/record-interaction.dto';
import { ACTOR_PATTERN, RequestMeta } from '../shared/request-meta';

/**
 * Turns a submission command into the same request the HTTP route takes, checked by the same
 * rules. A command that breaks them can never be recorded: it is a PermanentMessageError, which
 * sends it to the dead-letter topic with the problems as detail.
 */
export async function submissionToRequest(event: CloudEvent): Promise<{ input: RecordInteractionDto; meta: RequestMeta }> {
  const unsafe = unsafeInputProblems(event.data);
  if (unsafe.length > 0) {
    throw new PermanentMessageError('INVALID_SUBMISSION', JSON.stringify(unsafe));
  }
  const input = plainToInstance(RecordInteractionDto, event.data);
  const errors = await validate(input, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  if (errors.length > 0) {
    throw new PermanentMessageError('INVALID_SUBMISSION', JSON.stringify(toFieldProblems(errors)));
  }

  const actor = event.actor ?? `client:${input.sourceSystem.replace(/[^A-Za-z0-9._@:-]/g, '_')}`;
  if (!ACTOR_PATTERN.test(actor)) {
    throw new PermanentMessageError('INVALID_ACTOR', `actor "${actor}" is not kind:id, for example client:dialer-1`);
  }

  return { input, meta: { actor, requestId: event.correlationid ?? event.id, traceparent: event.traceparent } };
}
