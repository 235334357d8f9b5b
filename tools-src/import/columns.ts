/** Import kinds and the columns each reads; Spanish headers are accepted as aliases. */
export const IMPORT_KINDS = ['interactions', 'promises', 'payments'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Canonical column name, then its accepted aliases (compared without case, accents or spaces). */
export const COLUMN_ALIASES: Record<string, string[]> = {
  debtorId: ['deudor', 'id_deudor'],
  accountId: ['obligacion', 'cuenta', 'credito'],
  channel: ['canal'],
  direction: ['direccion', 'sentido'],
  occurredAt: ['fecha', 'fecha_gestion'],
  outcomeCode: ['resultado', 'tipificacion'],
  notes: ['notas', 'observaciones'],
  agentId: ['agente', 'asesor'],
  durationSeconds: ['duracion', 'duracion_segundos'],
  sourceReference: ['referencia', 'id_origen'],
  amount: ['monto', 'valor'],
  currency: ['moneda'],
  dueDate: ['fecha_pago_prometida', 'vencimiento', 'fecha_compromiso'],
  graceDays: ['dias_gracia'],
  paymentId: ['id_pago'],
  paidAt: ['fecha_pago'],
  paymentChannel: ['canal_pago'],
};

export const REQUIRED_COLUMNS: Record<ImportKind, string[]> = {
  interactions: ['debtorId', 'accountId', 'channel', 'occurredAt', 'outcomeCode'],
  promises: ['debtorId', 'accountId', 'agentId', 'amount', 'dueDate'],
  payments: ['accountId', 'amount', 'paidAt'],
};

function normalize(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** Maps each header as written to its canonical column name; unknown headers map to null. */
export function canonicalHeaders(headers: string[]): Map<string, string | null> {
  const lookup = new Map<string, string>();
  for (const [canonical, aliases] of Object.entries(COLUMN_ALIASES)) {
    lookup.set(normalize(canonical), canonical);
    aliases.forEach((alias) => lookup.set(normalize(alias), canonical));
  }
  return new Map(headers.map((header) => [header, lookup.get(normalize(header)) ?? null]));
}
