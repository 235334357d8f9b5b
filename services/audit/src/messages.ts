import { registerMessages } from '@bitacora/http';

/** Error and field messages of the audit service, Spanish (es-CO) first. */
registerMessages({
  'audit.time_range_invalid': {
    es: 'El inicio del rango ({from}) debe ser anterior al fin ({to}).',
    en: 'The start of the range ({from}) must be before its end ({to}).',
  },
  'field.chain_id': {
    es: 'Debe ser un id de cadena <tópico>:<partición>, por ejemplo collections.interactions.v1:3.',
    en: 'Must be a chain id <topic>:<partition>, for example collections.interactions.v1:3.',
  },
  'audit.chain_not_found': {
    es: 'No existe la cadena {chainId} en el libro de auditoría.',
    en: 'Chain {chainId} does not exist in the audit ledger.',
  },
  'audit.legal_hold_not_found': {
    es: 'No existe la retención legal {holdId}.',
    en: 'Legal hold {holdId} does not exist.',
  },
  'audit.legal_hold_already_released': {
    es: 'La retención legal {holdId} ya fue levantada el {releasedAt}.',
    en: 'Legal hold {holdId} was already released at {releasedAt}.',
  },
  'audit.partition_not_found': {
    es: 'No existe la partición {partition} del libro de auditoría.',
    en: 'Ledger partition {partition} does not exist.',
  },
  'field.export_format': {
    es: 'Debe ser jsonl o csv.',
    en: 'Must be jsonl or csv.',
  },
});
