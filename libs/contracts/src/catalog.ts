import type { EventDefinition } from './event-definition';
import { accessEvents } from './events/access';
import { auditEvents } from './events/audit';
import { interactionEvents } from './events/interactions';
import { paymentEvents } from './events/payments';
import { promiseEvents } from './events/promises';
import type { TopicName } from './topics';

/** Every event type the platform publishes or accepts. */
export const EVENT_CATALOG: readonly EventDefinition[] = [
  ...interactionEvents,
  ...promiseEvents,
  ...paymentEvents,
  ...accessEvents,
  ...auditEvents,
];

export function eventDefinitionOf(type: string): EventDefinition | undefined {
  return EVENT_CATALOG.find((definition) => definition.type === type);
}

export function eventTypesOf(topic: TopicName): string[] {
  return EVENT_CATALOG.filter((definition) => definition.topic === topic).map((definition) => definition.type);
}
