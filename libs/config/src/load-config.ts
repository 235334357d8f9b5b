import { z } from 'zod';

/**
 * Raised when the environment does not satisfy a service's configuration schema. The message
 * names every offending variable with the form it expects, so an operator can fix all of them
 * in one pass.
 */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses `env` against `schema`. Each schema key is an environment variable name; its zod
 * `.describe()` text is shown as the expected form when the variable is missing or malformed.
 */
export function loadConfig<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<z.ZodObject<Shape>> {
  const parsed = schema.safeParse(env);
  if (parsed.success) {
    return parsed.data;
  }

  const problems = parsed.error.issues.map((issue) => {
    const name = issue.path.join('.') || '(environment)';
    const field = (schema.shape as unknown as Record<string, z.ZodType | undefined>)[name];
    const expected = field?.description ? ` Expected: ${field.description}.` : '';
    const value = env[name];
    const found = value === undefined ? 'missing' : `invalid (${issue.message})`;
    return `${name} is ${found}.${expected}`;
  });
  throw new ConfigError(problems);
}
