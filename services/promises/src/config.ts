import { commonEnvironment, loadConfig, port, productionSecretProblems, ConfigError, z } from '@bitacora/config';

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false'])
    .default(fallback ? 'true' : 'false')
    .transform((value) => value === 'true');

const integer = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const usuryCapSchema = z.object({
  creditType: z.string().min(1),
  validFrom: isoDate,
  validTo: isoDate,
  maxAnnualEffectiveRateBasisPoints: z.number().int().min(0),
});

const holidayOverrideSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('add'), date: isoDate, name: z.string().min(1) }),
  z.object({ action: z.literal('remove'), date: isoDate }),
]);

/** A JSON array in an environment variable, each element checked against `item`. */
const jsonList = <Item extends z.ZodType>(item: Item) =>
  z
    .string()
    .default('[]')
    .transform((text, context) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        context.addIssue({ code: 'custom', message: 'is not valid JSON' });
        return z.NEVER;
      }
    })
    .pipe(z.array(item));

export const promisesConfigSchema = z.object({
  ...commonEnvironment,
  PORT: port(3002),
  PROMISE_KEPT_THRESHOLD_BASIS_POINTS: integer(10000, 1, 10000).describe(
    'integer 1 to 10000: share of the promised amount, in basis points, that paid in time keeps a promise (10000 = 100 %)',
  ),
  INSTALLMENT_KEPT_THRESHOLD_BASIS_POINTS: integer(10000, 1, 10000).describe(
    'integer 1 to 10000: share of an installment, in basis points, that paid in time keeps it (10000 = 100 %)',
  ),
  GRACE_DAY_COUNTING: z
    .enum(['BUSINESS_DAYS', 'CALENDAR_DAYS'])
    .default('BUSINESS_DAYS')
    .describe('BUSINESS_DAYS (Monday to Friday except Colombian holidays, Ley 51 de 1983) or CALENDAR_DAYS'),
  DEFAULT_GRACE_DAYS: integer(0, 0, 30).describe('integer 0 to 30: grace days after the due date when a promise or plan names none'),
  MAX_GRACE_DAYS: integer(30, 0, 30).describe('integer 0 to 30: most grace days a promise or plan may be given'),
  DUE_DATE_HORIZON_DAYS: integer(365, 0, 3660).describe('integer 0 to 3660: most calendar days between today (Bogota) and a due date'),
  SUPERSEDE_PENDING_PROMISES: flag(true).describe('true or false: a new promise on an account replaces its PENDING promises (SUPERSEDED)'),
  ALLOCATE_LATE_PAYMENTS: flag(true).describe(
    'true or false: payments made after a promise or installment broke are applied to it and recorded as paid late',
  ),
  PLAN_DEFAULT_AFTER_MISSED_INSTALLMENTS: integer(2, 1, 360).describe('integer 1 to 360: missed installments that turn a payment plan DEFAULTED'),
  DEFAULT_CURRENCY: z.enum(['COP', 'USD', 'EUR']).default('COP').describe('ISO 4217 code used when a promise or plan names none: COP, USD or EUR'),
  DEFAULT_CREDIT_TYPE: z
    .string()
    .min(1)
    .default('CONSUMER_AND_ORDINARY')
    .describe('credit type whose usury cap applies when a plan names none, for example CONSUMER_AND_ORDINARY'),
  USURY_CAPS: jsonList(usuryCapSchema).describe(
    'JSON array of {"creditType","validFrom","validTo","maxAnnualEffectiveRateBasisPoints"}: the usury rate (1.5 times the ' +
      'interés bancario corriente certified by the Superintendencia Financiera, Código de Comercio art. 884) per credit type and period; ' +
      'a plan with interest is rejected when no cap covers its date',
  ),
  HOLIDAY_OVERRIDES: jsonList(holidayOverrideSchema).describe(
    'JSON array of {"action":"add","date","name"} or {"action":"remove","date"}: corrections to the Colombian holiday calendar',
  ),
  SCHEDULER_ENABLED: flag(true).describe('true or false: run the scheduler that marks promises and installments broken'),
  SCHEDULER_INTERVAL_SECONDS: integer(60, 1, 86400).describe('integer seconds between scheduler runs'),
  SCHEDULER_BATCH_SIZE: integer(50, 1, 1000).describe('integer 1 to 1000: accounts claimed per scheduler transaction'),
  PAYMENTS_CONSUMER_GROUP: z.string().min(1).default('promises.payments').describe('Kafka consumer group id for core.payments.v1'),
  PAYMENTS_PARTITIONS_CONCURRENTLY: integer(2, 1, 64).describe(
    'integer 1 to 64: partitions of core.payments.v1 whose batches are applied at the same time, each in its own transaction',
  ),
  PAYMENTS_FETCH_MAX_BYTES_PER_PARTITION: integer(1024 * 1024, 16 * 1024, 16 * 1024 * 1024).describe(
    'integer bytes: most bytes of core.payments.v1 fetched per partition at once, which bounds the size of a batch',
  ),
  PAYMENTS_FETCH_MAX_BYTES: integer(6 * 1024 * 1024, 64 * 1024, 64 * 1024 * 1024).describe(
    'integer bytes: most bytes of core.payments.v1 fetched in one request, across partitions; bounds the memory held by a fetch',
  ),
  INTERACTIONS_CONSUMER_GROUP: z
    .string()
    .min(1)
    .default('promises.interactions')
    .describe('Kafka consumer group id for collections.interactions.v1'),
});

export type PromisesConfig = z.infer<typeof promisesConfigSchema>;

/** Reads and checks the promises service's environment; stops the process with the list of problems. */
export function loadPromisesConfig(env: NodeJS.ProcessEnv = process.env): PromisesConfig {
  const config = loadConfig(promisesConfigSchema, env);
  const problems = productionSecretProblems(config, { DATABASE_URL: config.DATABASE_URL, DATABASE_MIGRATION_URL: config.DATABASE_MIGRATION_URL });
  if (config.DEFAULT_GRACE_DAYS > config.MAX_GRACE_DAYS) {
    problems.push(`DEFAULT_GRACE_DAYS (${config.DEFAULT_GRACE_DAYS}) is above MAX_GRACE_DAYS (${config.MAX_GRACE_DAYS}). Lower it or raise MAX_GRACE_DAYS.`);
  }
  if (problems.length > 0) {
    throw new ConfigError(problems);
  }
  return config;
}
