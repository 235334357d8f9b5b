/** Injection tokens of the audit service. */
export const AUDIT_OPTIONS = Symbol('audit.options');
export const AUDIT_SCHEMA_NAME = Symbol('audit.schema');
export const LEDGER_KEYS = Symbol('audit.ledgerKeys');
