import { z } from 'zod';

/** Values that exist only so the platform starts on a developer's machine. */
/**
 * Node.js heap flags every service starts with, the same as deploy/service-node-flags. V8 sizes
 * its heap from the machine's memory, so without them a service keeps hundreds of MiB of garbage
 * between collections while its live heap stays near 50 MiB. They go on the command line because
 * NODE_OPTIONS does not accept `--initial-old-space-size`.
 */
export const SERVICE_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=16', '--initial-old-space-size=128', '--max-old-space-size=256'];

export const LOCAL_DEFAULTS = {
  databasePassword: 'bitacora-local',
  apiKey: 'bk_local_admin_0000000000000000000000000000',
} as const;

const urlString = (protocols: string[]) =>
  z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { message: `must be a URL with scheme ${protocols.join(' or ')}` },
  );

export const brokerList = z
  .string()
  .transform((value) => value.split(',').map((broker) => broker.trim()).filter(Boolean))
  .refine((brokers) => brokers.length > 0 && brokers.every((broker) => /^[\w.-]+:\d{1,5}$/.test(broker)), {
    message: 'must be a comma-separated list of host:port',
  })
  .describe('comma-separated host:port list, for example 127.0.0.1:9092');

export const port = (fallback: number) =>
  z.coerce.number().int().min(1).max(65535).default(fallback).describe('TCP port number between 1 and 65535');

/** Variables every service reads. */
export const commonEnvironment = {
  NODE_ENV: z
    .enum(['development', 'test', 'production'])
    .default('development')
    .describe('one of development, test, production'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .describe('pino level: fatal, error, warn, info, debug, trace or silent'),
  HOST: z.string().default('127.0.0.1').describe('interface to listen on, for example 127.0.0.1 or 0.0.0.0'),
  DATABASE_URL: urlString(['postgres:', 'postgresql:']).describe(
    "postgres://ROLE:PASSWORD@HOST:PORT/DATABASE using this service's own database role",
  ),
  DATABASE_MIGRATION_URL: urlString(['postgres:', 'postgresql:'])
    .optional()
    .describe('postgres URL of the role that owns the schema and runs migrations; defaults to DATABASE_URL'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10).describe('integer between 1 and 200'),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(30000)
    .describe('milliseconds a statement, lock waits included, may run before PostgreSQL cancels it; 0 turns the limit off'),
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(60000)
    .describe('milliseconds a transaction may stay idle before PostgreSQL ends its session and releases its locks; 0 turns the limit off'),
  KAFKA_BROKERS: brokerList,
  KAFKA_CLIENT_ID: z.string().min(1).optional().describe('Kafka client id; defaults to the service name'),
  KAFKA_TOPIC_SUFFIX: z
    .string()
    .regex(/^\.[a-z0-9][a-z0-9-]{0,40}$/, 'must be a dot followed by lowercase letters, digits and dashes')
    .optional()
    .describe('suffix appended to every topic name, such as .staging or .e2e-3f9a, to run an isolated copy of the platform on a shared broker'),
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lowercase PostgreSQL identifier')
    .optional()
    .describe("PostgreSQL schema of this service's tables; defaults to the service name"),
  KAFKA_TOPIC_PARTITIONS: z.coerce.number().int().min(1).max(1000).default(6).describe('integer partition count for topics this service creates'),
  KAFKA_REPLICATION_FACTOR: z.coerce.number().int().min(1).max(7).default(1).describe('integer replication factor for topics this service creates'),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(1000).default(15000).describe('milliseconds to finish in-flight work on SIGTERM'),
};

export const commonSchema = z.object(commonEnvironment);
export type CommonConfig = z.infer<typeof commonSchema>;

/**
 * Rejects local development secrets in production: a production deployment must set its own.
 * Returns the list of problems so that callers can merge them with other checks.
 */
export function productionSecretProblems(config: { NODE_ENV: string }, secrets: Record<string, string | undefined>): string[] {
  if (config.NODE_ENV !== 'production') {
    return [];
  }
  const localValues = new Set<string>(Object.values(LOCAL_DEFAULTS));
  return Object.entries(secrets)
    .filter(([, value]) => value !== undefined && [...localValues].some((local) => value.includes(local)))
    .map(([name]) => `${name} contains a local development default, which is refused when NODE_ENV=production. Set a real secret.`);
}

/** Appends the deployment's topic suffix to each topic of `topics`; topics keep their contract. */
export function withTopicSuffix<Names extends { [Key in keyof Names]: string }>(topics: Names, suffix: string | undefined): Names {
  if (!suffix) {
    return topics;
  }
  return Object.fromEntries(Object.entries<string>(topics).map(([name, topic]) => [name, `${topic}${suffix}`])) as Names;
}
