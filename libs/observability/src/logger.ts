import pino, { Logger, LoggerOptions } from 'pino';

/**
 * Fields that may carry personal data (Ley 1581 de 2012) or secrets. They are replaced before a
 * line is written, wherever they appear up to two levels deep in the logged object.
 */
export const REDACTED_FIELDS = [
  'notes', 'phone', 'phoneNumber', 'email', 'address', 'documentNumber', 'document', 'name', 'fullName',
  'password', 'apiKey', 'authorization', 'token', 'secret', 'privateKey',
  // Bound values of a failed TypeORM query, which carry whatever the row held.
  'parameters',
];

const redactPaths = REDACTED_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]).concat([
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers.cookie',
]);

export interface LoggerSettings {
  service: string;
  level?: string;
  /** Human-readable lines for development; JSON otherwise. */
  pretty?: boolean;
}

export function loggerOptions(settings: LoggerSettings): LoggerOptions {
  return {
    level: settings.level ?? 'info',
    base: { service: settings.service },
    redact: { paths: redactPaths, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    transport: settings.pretty ? { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss.l' } } : undefined,
  };
}

/** Creates the service's root pino logger; classes take children of it with their own name. */
export function createLogger(settings: LoggerSettings): Logger {
  return pino(loggerOptions(settings));
}

/** Masks a personal value for a log line, keeping its last `visible` characters. */
export function mask(value: string | undefined | null, visible = 3): string {
  if (!value) return '';
  if (value.length <= visible) return '*'.repeat(value.length);
  return `${'*'.repeat(Math.min(value.length - visible, 8))}${value.slice(-visible)}`;
}
