import { Topics } from '@bitacora/contracts';
import type { ContactPolicySettings } from '../policy';

/** Topics the service writes to and reads from; tests pass derived names to isolate themselves. */
export interface InteractionTopics {
  interactions: string;
  promises: string;
  submissions: string;
}

export interface InteractionsOptions {
  schema: string;
  topics: InteractionTopics;
  consumerGroups: { promises: string; submissions: string };
  policySettings: ContactPolicySettings;
  /** CloudEvents `source` of every event the service publishes. */
  eventSource: string;
}

export const INTERACTIONS_OPTIONS = Symbol('interactions.options');

export const DEFAULT_TOPICS: InteractionTopics = {
  interactions: Topics.interactions,
  promises: Topics.promises,
  submissions: Topics.interactionSubmissions,
};

export const EVENT_SOURCE = 'urn:bitacora:interactions';
