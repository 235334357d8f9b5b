import { isJsonObject, type JsonObject, type JsonValue } from './json-value';

/**
 * A CloudEvents 1.0 event in JSON form as the ledger receives it. Extension attributes such as
 * `correlationid` and `actor` sit beside the context attributes.
 */
export interface LedgerEvent extends JsonObject {
  id: string;
  source: string;
  type: string;
}

/** Raised when an input event lacks what every ledger record needs. */
export class InvalidLedgerEventError extends Error {
  override readonly name = 'InvalidLedgerEventError';
}

/** Checks that a parsed JSON value is a CloudEvent with `id`, `source` and `type` strings. */
export function assertLedgerEvent(value: JsonValue): asserts value is LedgerEvent {
  if (!isJsonObject(value)) {
    throw new InvalidLedgerEventError('Invalid event: expected a CloudEvents JSON object');
  }

  for (const attribute of ['id', 'source', 'type'] as const) {
    const attributeValue = value[attribute];
    if (typeof attributeValue !== 'string' || attributeValue.length === 0) {
      throw new InvalidLedgerEventError(`Invalid event: the "${attribute}" attribute is missing or not a non-empty string`);
    }
  }
}

/** The fields of a ledger record that come from the event itself. */
export interface EventFields {
  eventId: string;
  eventType: string;
  source: string;
  actor: string | null;
  debtorId: string | null;
  accountId: string | null;
  eventTime: string | null;
}

/**
 * Reads the record fields from an event. The actor is the `actor` extension attribute. The
 * debtor and account ids are the `debtorId` and `accountId` members of `data`, the names that
 * the platform's event payloads use. A missing or non-string value becomes null.
 */
export function readEventFields(event: LedgerEvent): EventFields {
  const data = isJsonObject(event.data) ? event.data : undefined;

  return {
    eventId: event.id,
    eventType: event.type,
    source: event.source,
    actor: stringOrNull(event.actor),
    debtorId: stringOrNull(data?.debtorId),
    accountId: stringOrNull(data?.accountId),
    eventTime: stringOrNull(event.time),
  };
}

function stringOrNull(value: JsonValue | undefined): string | null {
  return typeof value === 'string' ? value : null;
}
