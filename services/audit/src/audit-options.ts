import { Topics } from '@bitacora/contracts';

/** Kafka topics of the audit service; tests give their own names so that they run in isolation. */
export interface AuditTopics {
  interactions: string;
  promises: string;
  payments: string;
  access: string;
  /** Output: sealed records and checkpoints. */
  audit: string;
}

export interface AuditModuleOptions {
  topics?: Partial<AuditTopics>;
  /** Consumer group of the ledger consumer; default `audit.ledger`. */
  groupId?: string;
  /** Called when the consumer crashed beyond recovery; by default the process is asked to stop. */
  onConsumerFatal?: (error: Error) => void;
  /** Start the ledger consumer; tests of the HTTP API alone may turn it off. */
  consume?: boolean;
}

export interface ResolvedAuditOptions {
  topics: AuditTopics;
  groupId: string;
  onConsumerFatal?: (error: Error) => void;
  consume: boolean;
}

export const DEFAULT_LEDGER_GROUP_ID = 'audit.ledger';

export function resolveAuditOptions(options: AuditModuleOptions = {}): ResolvedAuditOptions {
  return {
    topics: {
      interactions: options.topics?.interactions ?? Topics.interactions,
      promises: options.topics?.promises ?? Topics.promises,
      payments: options.topics?.payments ?? Topics.payments,
      access: options.topics?.access ?? Topics.access,
      audit: options.topics?.audit ?? Topics.audit,
    },
    groupId: options.groupId ?? DEFAULT_LEDGER_GROUP_ID,
    onConsumerFatal: options.onConsumerFatal,
    consume: options.consume ?? true,
  };
}

/** Maps each topic the ledger consumes to its name in the event catalog. */
export function inputTopicsOf(topics: AuditTopics): Map<string, string> {
  return new Map([
    [topics.interactions, Topics.interactions],
    [topics.promises, Topics.promises],
    [topics.payments, Topics.payments],
    [topics.access, Topics.access],
  ]);
}
