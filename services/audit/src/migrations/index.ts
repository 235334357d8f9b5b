import { MessagingTables1733300000000 } from './1733300000000-messaging-tables';

/** Every migration of the audit schema, oldest first. */
export const auditMigrations = [MessagingTables1733300000000];
