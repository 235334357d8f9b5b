import type { TopicName } from './topics';

/** A JSON Schema object (draft 2020-12) kept as plain data so it can be published as-is. */
export type JsonSchema = { readonly [key: string]: unknown };

/** One event type of the platform: its topic, the schema of its `data`, and an example. */
export interface EventDefinition {
  type: string;
  topic: TopicName;
  summary: string;
  dataSchema: JsonSchema;
  example: Record<string, unknown>;
}

/** Reusable schema fragments, so every event spells ids, money and dates the same way. */
export const Fragments = {
  uuid: { type: 'string', format: 'uuid' },
  bankId: { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9._:/-]+$' },
  instant: { type: 'string', format: 'date-time' },
  businessDate: { type: 'string', format: 'date' },
  /** Decimal string with up to 4 fraction digits; money is never a JSON number. */
  amount: { type: 'string', pattern: '^(0|[1-9][0-9]{0,15})(\\.[0-9]{1,4})?$' },
  currency: { type: 'string', pattern: '^[A-Z]{3}$' },
} as const;
