import { createHash } from 'node:crypto';
import { CHANNELS, DIRECTIONS, PAYMENT_CHANNELS } from '@bitacora/contracts';
import { bogotaDateOf, isValidBusinessDate, parseAmount } from '@bitacora/domain';
import { canonicalHeaders, REQUIRED_COLUMNS, type ImportKind } from './columns';
import type { CsvRow } from './csv';

export interface RowProblem {
  line: number;
  field: string;
  message: string;
}

export type MappedRow =
  | { kind: 'interactions' | 'promises'; line: number; path: string; body: Record<string, unknown>; idempotencyKey: string }
  | { kind: 'payments'; line: number; accountId: string; data: Record<string, unknown> };

export interface MappingResult {
  mapped: MappedRow[];
  problems: RowProblem[];
}

const BANK_ID = /^[A-Za-z0-9._:/-]{1,64}$/;
const INSTANT_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Returns a value that depends only on the file name, the line and `content`, so a re-run sends
 * the same one. Interactions and promises pass no content: the gateway rejects a changed row
 * under the same Idempotency-Key with 422. Payments pass the row, because core.payments.v1 has
 * no such check and two files of the same name must not share payment ids.
 */
export function stableDigest(fileName: string, kind: ImportKind, line: number, content = ''): string {
  return createHash('sha256').update(`${kind}\u0000${fileName}\u0000${line}\u0000${content}`).digest('hex');
}

/** Formats the stable digest of a row as a UUID (version 8, the RFC 9562 custom layout). */
export function stableUuid(digest: string): string {
  const hex = `${digest.slice(0, 12)}8${digest.slice(13, 16)}${((parseInt(digest[16], 16) & 0x3) | 0x8).toString(16)}${digest.slice(17, 32)}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Maps CSV rows to gateway requests (interactions, promises) or core payment events (payments).
 * A row with any problem is left out whole, and every problem names its line and column.
 */
export function mapRows(kind: ImportKind, fileName: string, headers: string[], rows: CsvRow[], defaults: { sourceSystem: string }): MappingResult {
  const canonical = canonicalHeaders(headers);
  const present = new Set([...canonical.values()].filter((name): name is string => name !== null));
  const missing = REQUIRED_COLUMNS[kind].filter((column) => !present.has(column));
  if (missing.length > 0) {
    return { mapped: [], problems: missing.map((field) => ({ line: 1, field, message: `falta la columna / missing column ${field}` })) };
  }
  const unknown = [...canonical].filter(([, name]) => name === null).map(([header]) => header);
  if (unknown.length > 0) {
    return { mapped: [], problems: unknown.map((field) => ({ line: 1, field, message: `columna desconocida / unknown column ${field}` })) };
  }

  const mapped: MappedRow[] = [];
  const problems: RowProblem[] = [];
  for (const row of rows) {
    const values = Object.fromEntries([...canonical].map(([header, name]) => [name as string, row.values[header] ?? '']));
    const rowProblems: RowProblem[] = [];
    const problem = (field: string, message: string) => rowProblems.push({ line: row.line, field, message });
    const content = kind === 'payments' ? JSON.stringify(values) : '';
    const digest = stableDigest(fileName, kind, row.line, content);
    const result = mapOne(kind, values, digest, defaults, problem, row.line);
    if (rowProblems.length > 0 || result === null) {
      problems.push(...rowProblems);
      continue;
    }
    mapped.push(result);
  }
  return { mapped, problems };
}

type Report = (field: string, message: string) => void;

function mapOne(kind: ImportKind, values: Record<string, string>, digest: string, defaults: { sourceSystem: string }, problem: Report, line: number): MappedRow | null {
  if (kind === 'interactions') {
    return mapInteraction(values, digest, defaults, problem, line);
  }
  if (kind === 'promises') {
    return mapPromise(values, digest, problem, line);
  }
  return mapPayment(values, digest, problem, line);
}

function mapInteraction(values: Record<string, string>, digest: string, defaults: { sourceSystem: string }, problem: Report, line: number): MappedRow | null {
  checkBankId(values.debtorId, 'debtorId', problem);
  checkBankId(values.accountId, 'accountId', problem);
  checkOneOf(values.channel, 'channel', CHANNELS, problem);
  const direction = values.direction || 'outbound';
  checkOneOf(direction, 'direction', DIRECTIONS, problem);
  checkInstant(values.occurredAt, 'occurredAt', problem);
  if (!/^[A-Z][A-Z0-9_]{1,63}$/.test(values.outcomeCode)) {
    problem('outcomeCode', `código inválido / invalid code "${values.outcomeCode}"`);
  }
  const duration = values.durationSeconds === undefined || values.durationSeconds === '' ? undefined : Number(values.durationSeconds);
  if (duration !== undefined && (!Number.isInteger(duration) || duration < 0 || duration > 86400)) {
    problem('durationSeconds', `debe ser un entero de 0 a 86400 / must be an integer from 0 to 86400`);
  }

  const body: Record<string, unknown> = {
    debtorId: values.debtorId,
    accountIds: [values.accountId],
    party: { id: values.debtorId, role: 'debtor' },
    channel: values.channel,
    direction,
    purpose: direction === 'inbound' ? 'information_requested' : 'collection',
    occurredAt: values.occurredAt,
    outcomeCode: values.outcomeCode,
    sourceSystem: defaults.sourceSystem,
    sourceReference: values.sourceReference || `csv-${digest.slice(0, 24)}`,
  };
  if (values.agentId) body.agentId = values.agentId;
  else body.automatedChannelId = defaults.sourceSystem;
  if (values.notes) body.notes = values.notes;
  if (duration !== undefined) body.durationSeconds = duration;

  return { kind: 'interactions', line, path: '/v1/interactions', body, idempotencyKey: `csv-${digest}` };
}

function mapPromise(values: Record<string, string>, digest: string, problem: Report, line: number): MappedRow | null {
  checkBankId(values.debtorId, 'debtorId', problem);
  checkBankId(values.accountId, 'accountId', problem);
  const currency = values.currency || 'COP';
  checkAmount(values.amount, currency, problem);
  if (!isValidBusinessDate(values.dueDate)) {
    problem('dueDate', `fecha inválida, se espera AAAA-MM-DD / invalid date, expected YYYY-MM-DD: "${values.dueDate}"`);
  }
  const graceDays = values.graceDays ? Number(values.graceDays) : undefined;
  if (graceDays !== undefined && (!Number.isInteger(graceDays) || graceDays < 0 || graceDays > 30)) {
    problem('graceDays', 'debe ser un entero de 0 a 30 / must be an integer from 0 to 30');
  }

  const body: Record<string, unknown> = {
    promiseId: stableUuid(digest),
    debtorId: values.debtorId,
    accountId: values.accountId,
    agentId: values.agentId,
    amount: values.amount,
    currency,
    dueDate: values.dueDate,
  };
  if (graceDays !== undefined) body.graceDays = graceDays;
  return { kind: 'promises', line, path: '/v1/promises', body, idempotencyKey: `csv-${digest}` };
}

function mapPayment(values: Record<string, string>, digest: string, problem: Report, line: number): MappedRow | null {
  checkBankId(values.accountId, 'accountId', problem);
  if (values.debtorId) checkBankId(values.debtorId, 'debtorId', problem);
  const currency = values.currency || 'COP';
  checkAmount(values.amount, currency, problem);
  checkInstant(values.paidAt, 'paidAt', problem);
  const channel = values.paymentChannel || 'other';
  checkOneOf(channel, 'paymentChannel', PAYMENT_CHANNELS, problem);
  const paymentId = values.paymentId || `CSV-${digest.slice(0, 24)}`;
  checkBankId(paymentId, 'paymentId', problem);
  if (!INSTANT_WITH_OFFSET.test(values.paidAt)) {
    return null;
  }

  const paidAt = new Date(values.paidAt);
  const valueDate = bogotaDateOf(paidAt);
  const data: Record<string, unknown> = { paymentId, accountId: values.accountId, amount: values.amount, currency, paidAt: paidAt.toISOString(), valueDate, channel };
  if (values.debtorId) data.debtorId = values.debtorId;
  return { kind: 'payments', line, accountId: values.accountId, data };
}

function checkBankId(value: string | undefined, field: string, problem: Report): void {
  if (!value || !BANK_ID.test(value)) {
    problem(field, `id inválido o vacío / invalid or empty id "${value ?? ''}"`);
  }
}

function checkOneOf(value: string | undefined, field: string, allowed: readonly string[], problem: Report): void {
  if (!value || !allowed.includes(value)) {
    problem(field, `valor no permitido / value not allowed "${value ?? ''}"; use ${allowed.join(', ')}`);
  }
}

function checkInstant(value: string | undefined, field: string, problem: Report): void {
  if (!value || !INSTANT_WITH_OFFSET.test(value) || Number.isNaN(Date.parse(value))) {
    problem(field, `instante inválido, se espera ISO 8601 con zona / invalid instant, expected ISO 8601 with offset: "${value ?? ''}"`);
  }
}

function checkAmount(value: string | undefined, currency: string, problem: Report): void {
  const parsed = parseAmount(value ?? '', currency);
  if (!parsed.ok) {
    problem('amount', `monto inválido / invalid amount "${value ?? ''}" (${currency}): ${parsed.error.message}`);
    return;
  }
  if (parsed.value <= 0n) {
    problem('amount', `el monto debe ser positivo / the amount must be positive: "${value}"`);
  }
}
