/** Who and what caused a change, carried into the CloudEvents extensions of the events it publishes. */
export interface EventContext {
  /** `kind:id`, for example `agent:ag-17` or `service:promises`. */
  actor: string;
  correlationId?: string;
  traceparent?: string;
  /** Instant the service made the decision; the events' `time`. */
  decidedAt: Date;
}

export const EVENT_SOURCE = '/services/promises';
export const SERVICE_ACTOR = 'service:promises';
