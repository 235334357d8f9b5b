import { MessagingTables1733300000000 } from './1733300000000-messaging-tables';

/** Every migration of the gateway schema, oldest first. */
export const gatewayMigrations = [MessagingTables1733300000000];
