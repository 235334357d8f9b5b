import type { EventDefinition } from '../event-definition';
import { accountEvents, AccountEventTypes } from './interactions/accounts';
import { administrationEvents, AdministrationEventTypes } from './interactions/administration';
import { policyEvents, ContactPolicyEventTypes } from './interactions/policy';
import { preferenceEvents, ContactPreferenceEventTypes } from './interactions/preferences';
import { InteractionRecordTypes, recordedEvents } from './interactions/recorded';
import { submissionEvents } from './interactions/submissions';

export * from './interactions/vocabulary';
export * from './interactions/agreed-terms';
export * from './interactions/recorded';
export * from './interactions/policy';
export * from './interactions/preferences';
export * from './interactions/accounts';
export * from './interactions/administration';
export * from './interactions/submissions';

/** Every event type the interactions service publishes to `collections.interactions.v1`. */
export const InteractionEventTypes = {
  ...InteractionRecordTypes,
  ...ContactPolicyEventTypes,
  ...ContactPreferenceEventTypes,
  ...AccountEventTypes,
  ...AdministrationEventTypes,
} as const;

/**
 * Events of `collections.interactions.v1`, published by the interactions service, and the
 * submission command of `collections.interaction-submissions.v1` that it consumes.
 */
export const interactionEvents: EventDefinition[] = [
  ...recordedEvents,
  ...policyEvents,
  ...preferenceEvents,
  ...accountEvents,
  ...administrationEvents,
  ...submissionEvents,
];
