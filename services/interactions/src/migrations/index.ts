import { MessagingTables1733300000000 } from './1733300000000-messaging-tables';
import { InteractionRecords1764900000000 } from './1764900000000-interaction-records';
import { ContactPreferences1764900000100 } from './1764900000100-contact-preferences';
import { AccountFollowUp1764900000200 } from './1764900000200-account-follow-up';
import { ContactKpiIndexes1764900000300 } from './1764900000300-contact-kpi-indexes';

/** Every migration of the interactions schema, oldest first. */
export const interactionsMigrations = [MessagingTables1733300000000, InteractionRecords1764900000000, ContactPreferences1764900000100, AccountFollowUp1764900000200, ContactKpiIndexes1764900000300];
