import { MessagingTables1733300000000 } from './1733300000000-messaging-tables';
import { PromisesTables1733400000000 } from './1733400000000-promises-tables';

/** Every migration of the promises schema, oldest first. */
export const promisesMigrations = [MessagingTables1733300000000, PromisesTables1733400000000];
