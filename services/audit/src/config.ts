import { commonEnvironment, loadConfig, port, productionSecretProblems, ConfigError, z } from '@bitacora/config';

const positiveInteger = (fallback: number, description: string) => z.coerce.number().int().min(1).default(fallback).describe(description);

export const auditConfigSchema = z.object({
  ...commonEnvironment,
  PORT: port(3003),
  AUDIT_SIGNING_KEY: z
    .string()
    .min(1)
    .optional()
    .describe('Ed25519 private key that signs checkpoints, as PEM (PKCS #8) or base64 of the PKCS #8 DER bytes or of the raw 32-byte seed'),
  AUDIT_SIGNING_KEY_FILE: z
    .string()
    .min(1)
    .optional()
    .describe('path of a PEM file holding the Ed25519 private key, used when AUDIT_SIGNING_KEY is not set'),
  AUDIT_SIGNING_KEY_ID: z
    .string()
    .min(1)
    .optional()
    .describe('expected key id of the signing key (RFC 7638 JWK thumbprint, base64url); startup fails when the key has another id'),
  AUDIT_TRUSTED_PUBLIC_KEYS: z
    .string()
    .optional()
    .describe('comma-separated Ed25519 public keys (base64 of the raw 32 bytes or of the SPKI DER) of earlier signing keys whose checkpoints still verify'),
  AUDIT_CONSUMER_GROUP: z.string().min(1).max(200).default('audit.ledger').describe('Kafka consumer group of the ledger consumer'),
  AUDIT_CHECKPOINT_EVERY_RECORDS: positiveInteger(10_000, 'number of records sealed after which a checkpoint is signed, a positive integer'),
  AUDIT_CHECKPOINT_INTERVAL_MS: positiveInteger(60_000, 'milliseconds after which pending records get a checkpoint even below the count, a positive integer'),
  AUDIT_CONSUMER_INSTANCES: z.coerce
    .number()
    .int()
    .min(1)
    .max(16)
    .default(1)
    .describe('ledger consumers per process in one consumer group, 1 to 16, each with its own Kafka connections and fetched batches'),
  AUDIT_PARTITIONS_CONCURRENTLY: z.coerce
    .number()
    .int()
    .min(1)
    .max(16)
    .default(2)
    .describe('input partitions that each ledger consumer seals at the same time, 1 to 16, so one batch\'s database work overlaps another\'s hashing and each partition stays in order'),
  AUDIT_FETCH_MAX_BYTES_PER_PARTITION: z.coerce
    .number()
    .int()
    .min(64 * 1024)
    .default(512 * 1024)
    .describe('maximum bytes a ledger consumer fetches per partition at a time, at least 65536, which bounds the batch sealed in one transaction'),
  AUDIT_FETCH_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(64 * 1024)
    .default(2 * 1024 * 1024)
    .describe('maximum bytes of one fetch over all partitions of a ledger consumer, at least 65536'),
  AUDIT_RETENTION_YEARS: z.coerce
    .number()
    .int()
    .min(10)
    .max(100)
    .default(10)
    .describe('years a record is kept before its partition may be purged; at least 10 (Ley 962 de 2005, art. 28: commercial records are kept ten years)'),
  AUDIT_PARTITION_MONTHS_AHEAD: z.coerce.number().int().min(1).max(24).default(3).describe('monthly ledger partitions kept created ahead of the current month, 1 to 24'),
  AUDIT_PARTITION_MAINTENANCE_INTERVAL_MS: positiveInteger(6 * 3600 * 1000, 'milliseconds between runs of the partition maintenance, a positive integer'),
  AUDIT_LOCAL_KEY_DIR: z
    .string()
    .min(1)
    .default('.local')
    .describe('directory of the local development signing key (audit-signing-key.pem); never used when NODE_ENV=production'),
});

export type AuditConfig = z.infer<typeof auditConfigSchema>;

/** Reads and checks the audit service's environment; stops the process with the list of problems. */
export function loadAuditConfig(env: NodeJS.ProcessEnv = process.env): AuditConfig {
  const config = loadConfig(auditConfigSchema, env);
  const problems = productionSecretProblems(config, { DATABASE_URL: config.DATABASE_URL, DATABASE_MIGRATION_URL: config.DATABASE_MIGRATION_URL });
  if (config.NODE_ENV === 'production' && config.AUDIT_SIGNING_KEY === undefined && config.AUDIT_SIGNING_KEY_FILE === undefined) {
    problems.push('AUDIT_SIGNING_KEY is missing. Expected: the Ed25519 private key of the ledger (PEM or base64 PKCS #8); production never generates one.');
  }
  if (problems.length > 0) {
    throw new ConfigError(problems);
  }
  return config;
}
