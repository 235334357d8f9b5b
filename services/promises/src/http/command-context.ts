import { currentContext } from '@bitacora/observability';
import type { EventContext } from '../events/event-context';

/** Builds the event context of an HTTP command: the caller's actor with the request's correlation and trace ids. */
export function commandContext(actor: string, decidedAt: Date): EventContext {
  const request = currentContext();
  return { actor, correlationId: request?.requestId, traceparent: request?.traceparent, decidedAt };
}
