/**
 * PostgreSQL and network failures that a retry can cure: the connection dropped, the server is
 * starting or shutting down, too many connections, a statement cancelled by statement_timeout, a
 * serialization failure or a deadlock.
 * Constraint violations and syntax errors are not transient: retrying them changes nothing.
 */
const TRANSIENT_SQLSTATE_PREFIXES = ['08', '53', '57P', '57014', '40001', '40P01', '55P03', '58'];
const TRANSIENT_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

export function isTransientDatabaseError(error: unknown): boolean {
  if (!(error instanceof Error)) {
    return false;
  }
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (TRANSIENT_NODE_CODES.has(code)) return true;
    if (TRANSIENT_SQLSTATE_PREFIXES.some((prefix) => code.startsWith(prefix))) return true;
  }
  const driverError = (error as { driverError?: unknown }).driverError;
  if (driverError && driverError !== error) {
    return isTransientDatabaseError(driverError);
  }
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(error.message);
}
