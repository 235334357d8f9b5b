import { commonEnvironment, loadConfig, port, productionSecretProblems, ConfigError, z } from '@bitacora/config';

export const promisesConfigSchema = z.object({
  ...commonEnvironment,
  PORT: port(3002),
});

export type PromisesConfig = z.infer<typeof promisesConfigSchema>;

/** Reads and checks the promises service's environment; stops the process with the list of problems. */
export function loadPromisesConfig(env: NodeJS.ProcessEnv = process.env): PromisesConfig {
  const config = loadConfig(promisesConfigSchema, env);
  const problems = productionSecretProblems(config, { DATABASE_URL: config.DATABASE_URL, DATABASE_MIGRATION_URL: config.DATABASE_MIGRATION_URL });
  if (problems.length > 0) {
    throw new ConfigError(problems);
  }
  return config;
}
