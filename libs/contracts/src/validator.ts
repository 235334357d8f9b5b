import Ajv2020, { ErrorObject, ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { EVENT_CATALOG } from './catalog';
import { CloudEvent, cloudEventEnvelopeSchema } from './cloudevent';
import type { EventDefinition } from './event-definition';
import { contractTopicOf } from './topics';

/** Rejection reason of a message, sent in the dead-letter header `dlq-reason`. */
export type RejectionCode = 'INVALID_JSON' | 'INVALID_ENVELOPE' | 'UNKNOWN_EVENT_TYPE' | 'WRONG_TOPIC' | 'INVALID_DATA' | 'MESSAGE_TOO_LARGE';

export type ValidationOutcome =
  | { ok: true; event: CloudEvent }
  | { ok: false; code: RejectionCode; detail: string };

/** Largest message value accepted, in bytes; the broker's default `message.max.bytes` is about 1 MiB. */
export const MAX_EVENT_BYTES = 1_000_000;

function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .slice(0, 5)
    .map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}${error.params && 'allowedValues' in error.params ? ` (${(error.params.allowedValues as unknown[]).join(', ')})` : ''}`)
    .join('; ');
}

/**
 * V8 quotes a stretch of the input in some JSON syntax errors (`Unexpected token 'P', ..."{"notes":
 * Paga el"... is not valid JSON`); the reason is logged, so it keeps only the part before the quote.
 */
function withoutQuotedInput(message: string): string {
  return message.split(/, (\.\.\.)?"/)[0];
}

/**
 * Checks raw Kafka message values against the CloudEvents envelope and the JSON Schema of the
 * event type. Consumers call it on every message before acting on it.
 */
export class EventValidator {
  private readonly envelope: ValidateFunction;
  private readonly dataValidators = new Map<string, { definition: EventDefinition; validate: ValidateFunction }>();

  constructor(definitions: readonly EventDefinition[] = EVENT_CATALOG) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
    addFormats(ajv);
    this.envelope = ajv.compile(cloudEventEnvelopeSchema);
    for (const definition of definitions) {
      this.dataValidators.set(definition.type, { definition, validate: ajv.compile(definition.dataSchema) });
    }
  }

  validate(topic: string, value: Buffer | string | null): ValidationOutcome {
    if (value === null || value.length === 0) {
      return { ok: false, code: 'INVALID_JSON', detail: 'message has no value' };
    }
    if (value.length > MAX_EVENT_BYTES) {
      return { ok: false, code: 'MESSAGE_TOO_LARGE', detail: `value has ${value.length} bytes, more than ${MAX_EVENT_BYTES}` };
    }

    let parsed: unknown;
    try {
      parsed = JSON.parse(typeof value === 'string' ? value : value.toString('utf8'));
    } catch (error) {
      return { ok: false, code: 'INVALID_JSON', detail: withoutQuotedInput((error as Error).message) };
    }

    return this.validateParsed(topic, parsed);
  }

  validateParsed(topic: string, parsed: unknown): ValidationOutcome {
    if (!this.envelope(parsed)) {
      return { ok: false, code: 'INVALID_ENVELOPE', detail: describeErrors(this.envelope.errors) };
    }
    const event = parsed as CloudEvent;

    const entry = this.dataValidators.get(event.type);
    if (!entry) {
      return { ok: false, code: 'UNKNOWN_EVENT_TYPE', detail: `no schema for event type "${event.type}"` };
    }
    if (entry.definition.topic !== contractTopicOf(topic)) {
      return { ok: false, code: 'WRONG_TOPIC', detail: `event type "${event.type}" belongs on ${entry.definition.topic}, not ${topic}` };
    }
    if (!entry.validate(event.data)) {
      return { ok: false, code: 'INVALID_DATA', detail: describeErrors(entry.validate.errors) };
    }
    return { ok: true, event };
  }
}
