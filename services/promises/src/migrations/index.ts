import { MessagingTables1733300000000 } from './1733300000000-messaging-tables';

/** Every migration of the promises schema, oldest first. */
export const promisesMigrations = [MessagingTables1733300000000];
