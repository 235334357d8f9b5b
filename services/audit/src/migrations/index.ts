import { MessagingTables1733300000000 } from './1733300000000-messaging-tables';
import { LedgerTables1733400000000 } from './1733400000000-ledger-tables';

/** Every migration of the audit schema, oldest first. */
export const auditMigrations = [MessagingTables1733300000000, LedgerTables1733400000000];
