import { commonEnvironment, loadConfig, port, productionSecretProblems, ConfigError, z } from '@bitacora/config';
import { contactPolicySettingsFrom } from './shared/policy-settings-config';

export const interactionsConfigSchema = z.object({
  ...commonEnvironment,
  PORT: port(3001),
  PROMISE_STATES_CONSUMER_GROUP: z
    .string()
    .min(1)
    .default('interactions.promise-states')
    .describe('Kafka consumer group id for collections.promises.v1, for example interactions.promise-states'),
  SUBMISSIONS_CONSUMER_GROUP: z
    .string()
    .min(1)
    .default('interactions.submissions')
    .describe('Kafka consumer group id for collections.interaction-submissions.v1, for example interactions.submissions'),
  CONTACT_POLICY_SETTINGS: z
    .string()
    .optional()
    .describe('JSON object that changes contact-policy rules, each with a raised version, for example {"pendingPromise":{"version":2,"promisePendingBlocksContact":true}}'),
});

export type InteractionsConfig = z.infer<typeof interactionsConfigSchema>;

/** Reads and checks the interactions service's environment; stops the process with the list of problems. */
export function loadInteractionsConfig(env: NodeJS.ProcessEnv = process.env): InteractionsConfig {
  const config = loadConfig(interactionsConfigSchema, env);
  const problems = productionSecretProblems(config, { DATABASE_URL: config.DATABASE_URL, DATABASE_MIGRATION_URL: config.DATABASE_MIGRATION_URL });
  if (problems.length > 0) {
    throw new ConfigError(problems);
  }
  contactPolicySettingsFrom(config.CONTACT_POLICY_SETTINGS);

  return config;
}
