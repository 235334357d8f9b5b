/**
 * CloudEvents 1.0 in structured content mode over Kafka: the Kafka message value is the whole
 * event as JSON, with the header `content-type: application/cloudevents+json; charset=UTF-8`.
 * The whole platform uses this one mode, so a plain Kafka client (kcat) can publish and read
 * events without knowing any header convention.
 *
 * Extension attributes (lowercase, as CloudEvents requires):
 * - `correlationid`: the request id that caused the event, carried across services;
 * - `actor`: who caused it, as `kind:id` (`agent:ag-17`, `client:crm-main`, `service:promises`);
 * - `debtorid`, `accountid`: the debtor and the bank's account id the event concerns, when any;
 * - `traceparent`: W3C trace context of the producing request (CloudEvents distributed tracing).
 */
export const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents+json; charset=UTF-8';
export const CLOUDEVENTS_SPEC_VERSION = '1.0';

export interface CloudEvent<Data = unknown, Type extends string = string> {
  specversion: '1.0';
  id: string;
  source: string;
  type: Type;
  time: string;
  subject?: string;
  datacontenttype: 'application/json';
  dataschema?: string;
  correlationid?: string;
  actor?: string;
  debtorid?: string;
  accountid?: string;
  traceparent?: string;
  data: Data;
}

/** JSON Schema (draft 2020-12) of the envelope; `data` is checked against the type's own schema. */
export const cloudEventEnvelopeSchema = {
  $id: 'https://bitacora.dev/schemas/cloudevent-envelope.json',
  type: 'object',
  required: ['specversion', 'id', 'source', 'type', 'time', 'datacontenttype', 'data'],
  properties: {
    specversion: { const: '1.0' },
    id: { type: 'string', minLength: 1, maxLength: 200 },
    source: { type: 'string', minLength: 1, maxLength: 500 },
    type: { type: 'string', minLength: 1, maxLength: 200 },
    time: { type: 'string', format: 'date-time' },
    subject: { type: 'string', maxLength: 500 },
    datacontenttype: { const: 'application/json' },
    dataschema: { type: 'string', format: 'uri' },
    correlationid: { type: 'string', maxLength: 200 },
    actor: { type: 'string', maxLength: 200 },
    debtorid: { type: 'string', maxLength: 100 },
    accountid: { type: 'string', maxLength: 100 },
    traceparent: { type: 'string', pattern: '^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$' },
    data: { type: 'object' },
  },
  additionalProperties: false,
} as const;

/**
 * Kafka message key of an event: the account id where there is one, else the debtor id, so that
 * the events of one account stay in one partition and in order.
 */
export function partitionKeyOf(event: Pick<CloudEvent, 'accountid' | 'debtorid' | 'subject' | 'id'>): string {
  return event.accountid ?? event.debtorid ?? event.subject ?? event.id;
}
