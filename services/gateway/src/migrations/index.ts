import { MessagingTables1733300000000 } from './1733300000000-messaging-tables';
import { ApiClientsAndIdempotencyKeys1733400000000 } from './1733400000000-api-clients-and-idempotency-keys';

/** Every migration of the gateway schema, oldest first. */
export const gatewayMigrations = [MessagingTables1733300000000, ApiClientsAndIdempotencyKeys1733400000000];
