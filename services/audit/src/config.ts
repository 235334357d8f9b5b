import { commonEnvironment, loadConfig, port, productionSecretProblems, ConfigError, z } from '@bitacora/config';

export const auditConfigSchema = z.object({
  ...commonEnvironment,
  PORT: port(3003),
});

export type AuditConfig = z.infer<typeof auditConfigSchema>;

/** Reads and checks the audit service's environment; stops the process with the list of problems. */
export function loadAuditConfig(env: NodeJS.ProcessEnv = process.env): AuditConfig {
  const config = loadConfig(auditConfigSchema, env);
  const problems = productionSecretProblems(config, { DATABASE_URL: config.DATABASE_URL, DATABASE_MIGRATION_URL: config.DATABASE_MIGRATION_URL });
  if (problems.length > 0) {
    throw new ConfigError(problems);
  }
  return config;
}
