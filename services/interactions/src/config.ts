import { commonEnvironment, loadConfig, port, productionSecretProblems, ConfigError, z } from '@bitacora/config';

export const interactionsConfigSchema = z.object({
  ...commonEnvironment,
  PORT: port(3001),
});

export type InteractionsConfig = z.infer<typeof interactionsConfigSchema>;

/** Reads and checks the interactions service's environment; stops the process with the list of problems. */
export function loadInteractionsConfig(env: NodeJS.ProcessEnv = process.env): InteractionsConfig {
  const config = loadConfig(interactionsConfigSchema, env);
  const problems = productionSecretProblems(config, { DATABASE_URL: config.DATABASE_URL, DATABASE_MIGRATION_URL: config.DATABASE_MIGRATION_URL });
  if (problems.length > 0) {
    throw new ConfigError(problems);
  }
  return config;
}
