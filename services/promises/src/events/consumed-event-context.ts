import { headerText, MessageHeaders, type ConsumedEvent } from '@bitacora/messaging';
import { SERVICE_ACTOR, type EventContext } from './event-context';

/**
 * The context of events caused by a consumed event: its actor (else this service), its
 * correlation id (else its own id) and its trace context, so one request can be followed from
 * the bank's payment to the promise it kept.
 */
export function contextOfConsumed(consumed: ConsumedEvent, decidedAt: Date): EventContext {
  const { event } = consumed;
  return {
    actor: event.actor ?? SERVICE_ACTOR,
    correlationId: event.correlationid ?? event.id,
    traceparent: event.traceparent ?? headerText(consumed.headers, MessageHeaders.traceparent),
    decidedAt,
  };
}
