import { MessagingTables1733300000000 } from './1733300000000-messaging-tables';

/** Every migration of the interactions schema, oldest first. */
export const interactionsMigrations = [MessagingTables1733300000000];
