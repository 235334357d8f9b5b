import type { EventDefinition } from '../event-definition';
import { paymentApplicationEvents, PaymentApplicationEventTypes } from './promises/payment-applications';
import { planEvents, PlanEventTypes } from './promises/plans';
import { promiseStateEvents, PromiseStateEventTypes } from './promises/promise-state';

export * from './promises/promise-state';
export * from './promises/plans';
export * from './promises/payment-applications';

/** Every event type the promises service publishes to `collections.promises.v1`. */
export const PromiseEventTypes = {
  ...PromiseStateEventTypes,
  ...PaymentApplicationEventTypes,
  ...PlanEventTypes,
} as const;

/** Events of `collections.promises.v1`: promise lifecycle, payment applications and payment plans. */
export const promiseEvents: EventDefinition[] = [...promiseStateEvents, ...paymentApplicationEvents, ...planEvents];
