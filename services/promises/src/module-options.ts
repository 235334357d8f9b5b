import type { BatchHandler } from '@bitacora/messaging';
import { Topics } from '@bitacora/contracts';

/** Kafka topics the service reads and writes; tests pass derived names to own their topics. */
export interface PromisesTopics {
  payments: string;
  interactions: string;
  promises: string;
}

/** Options of PromisesModule.register beyond the environment. */
export interface PromisesModuleOptions {
  topics?: Partial<PromisesTopics>;
  consumerGroups?: { payments?: string; interactions?: string };
  /** Clock of the scheduler and the HTTP commands; the system clock unless given. */
  clock?: () => Date;
  /** Starts the periodic scheduler; SCHEDULER_ENABLED unless given. */
  schedulerEnabled?: boolean;
  /** Wraps the payments batch handler, for example to stop a test consumer after its commit. */
  wrapPaymentsHandler?: (handler: BatchHandler) => BatchHandler;
  /** Partition concurrency and fetch sizes of the payments consumer, taken from the environment unless given. */
  paymentsFetch?: Partial<PaymentsFetchOptions>;
}

export interface PaymentsFetchOptions {
  partitionsConsumedConcurrently: number;
  maxBytesPerPartition: number;
  maxBytes: number;
}

/** The options with every default filled in, as the providers receive them. */
export interface ResolvedPromisesOptions {
  schema: string;
  topics: PromisesTopics;
  consumerGroups: { payments: string; interactions: string };
  clock: () => Date;
  schedulerEnabled: boolean;
  wrapPaymentsHandler: (handler: BatchHandler) => BatchHandler;
  paymentsFetch: PaymentsFetchOptions;
}

export const PROMISES_OPTIONS = Symbol('promises.options');
export const PROMISES_SETTINGS = Symbol('promises.settings');
export const BUSINESS_CALENDAR = Symbol('promises.businessCalendar');

export function resolvePromisesOptions(
  schema: string,
  defaults: { paymentsGroup: string; interactionsGroup: string; schedulerEnabled: boolean; paymentsFetch: PaymentsFetchOptions },
  options: PromisesModuleOptions,
): ResolvedPromisesOptions {
  return {
    schema,
    topics: {
      payments: options.topics?.payments ?? Topics.payments,
      interactions: options.topics?.interactions ?? Topics.interactions,
      promises: options.topics?.promises ?? Topics.promises,
    },
    consumerGroups: {
      payments: options.consumerGroups?.payments ?? defaults.paymentsGroup,
      interactions: options.consumerGroups?.interactions ?? defaults.interactionsGroup,
    },
    clock: options.clock ?? (() => new Date()),
    schedulerEnabled: options.schedulerEnabled ?? defaults.schedulerEnabled,
    wrapPaymentsHandler: options.wrapPaymentsHandler ?? ((handler) => handler),
    paymentsFetch: { ...defaults.paymentsFetch, ...options.paymentsFetch },
  };
}
