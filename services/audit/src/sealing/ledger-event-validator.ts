import { EventValidator, type CloudEvent, type ValidationOutcome } from '@bitacora/contracts';

/** Relation of an input event to the platform's catalog, stored beside the record and outside its hash. */
export interface EventClassification {
  /** The type is not in the catalog. */
  unknownType: boolean;
  /** For a known type on the wrong topic or with data that fails its schema: the code and detail. */
  schemaProblem: string | null;
}

const KNOWN_AND_VALID: EventClassification = { unknownType: false, schemaProblem: null };

/** Failures after which the message is still a well-formed CloudEvent that the ledger records. */
const RECORDABLE_CODES = new Set(['UNKNOWN_EVENT_TYPE', 'WRONG_TOPIC', 'INVALID_DATA']);

/**
 * The validator of the ledger consumer. A ledger that drops what it does not understand is
 * incomplete, so every message with a valid CloudEvents envelope is accepted. An unknown type,
 * a known type on the wrong topic, or data that fails its schema is recorded and flagged. Only
 * messages that are not JSON, too large or without a valid envelope are rejected, and the
 * consumer runner sends those to the dead-letter topic with the reason.
 *
 * Input topics may have other names than the catalog's (tests use their own), so each is
 * mapped to its catalog topic before the type's topic is compared.
 */
export class LedgerEventValidator extends EventValidator {
  private readonly classifications = new WeakMap<object, EventClassification>();

  constructor(private readonly catalogTopicOf: ReadonlyMap<string, string>) {
    super();
  }

  override validate(topic: string, value: Buffer | string | null): ValidationOutcome {
    return super.validate(this.catalogTopic(topic), value);
  }

  override validateParsed(topic: string, parsed: unknown): ValidationOutcome {
    const outcome = super.validateParsed(topic, parsed);
    if (outcome.ok) {
      this.classifications.set(outcome.event, KNOWN_AND_VALID);
      return outcome;
    }
    if (!RECORDABLE_CODES.has(outcome.code)) {
      return outcome;
    }

    // Reaching here means the envelope schema accepted `parsed`, so it is a CloudEvent object.
    const event = parsed as CloudEvent;
    this.classifications.set(event, classificationOf(outcome));
    return { ok: true, event };
  }

  /**
   * Returns the classification of an event that `validate` accepted. The runner hands over the
   * same object, so the stored classification is found. Any other object is validated again.
   */
  classify(topic: string, event: CloudEvent): EventClassification {
    const stored = this.classifications.get(event);
    if (stored !== undefined) {
      return stored;
    }

    const outcome = super.validateParsed(this.catalogTopic(topic), event);
    return outcome.ok ? KNOWN_AND_VALID : classificationOf(outcome);
  }

  private catalogTopic(topic: string): string {
    return this.catalogTopicOf.get(topic) ?? topic;
  }
}

function classificationOf(outcome: Extract<ValidationOutcome, { ok: false }>): EventClassification {
  if (outcome.code === 'UNKNOWN_EVENT_TYPE') {
    return { unknownType: true, schemaProblem: null };
  }
  return { unknownType: false, schemaProblem: `${outcome.code}: ${outcome.detail}` };
}
