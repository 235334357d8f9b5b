import { commonEnvironment, loadConfig, port, productionSecretProblems, ConfigError, z } from '@bitacora/config';

export const gatewayConfigSchema = z.object({
  ...commonEnvironment,
  PORT: port(3000),
});

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

/** Reads and checks the gateway service's environment; stops the process with the list of problems. */
export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const config = loadConfig(gatewayConfigSchema, env);
  const problems = productionSecretProblems(config, { DATABASE_URL: config.DATABASE_URL, DATABASE_MIGRATION_URL: config.DATABASE_MIGRATION_URL });
  if (problems.length > 0) {
    throw new ConfigError(problems);
  }
  return config;
}
