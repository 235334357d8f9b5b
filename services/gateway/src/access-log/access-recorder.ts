import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { EventValidator } from '@bitacora/contracts';
import { appendToOutbox } from '@bitacora/messaging';
import { DATA_SOURCE, ROOT_LOGGER } from '@bitacora/runtime';
import { ACCESS_TOPIC, GATEWAY_SCHEMA_TOKEN } from '../tokens';
import { accessEventsOf, DebtorAccess } from './debtor-access';

/**
 * Writes access events to the gateway's outbox, from which the relay publishes them to the
 * access topic. The caller sends the data only after this returns, so a read that cannot be
 * recorded gets no response with the data (Ley 1581 de 2012: every read of a debtor's data is accounted for).
 */
@Injectable()
export class AccessRecorder {
  private readonly validator = new EventValidator();
  private readonly logger: Logger;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(GATEWAY_SCHEMA_TOKEN) private readonly schema: string,
    @Inject(ACCESS_TOPIC) private readonly topic: string,
    @Inject(ROOT_LOGGER) rootLogger: Logger,
  ) {
    this.logger = rootLogger.child({ component: 'AccessRecorder' });
  }

  async record(access: DebtorAccess): Promise<number> {
    const events = accessEventsOf(access);
    if (events.length === 0) {
      return 0;
    }

    for (const event of events) {
      const outcome = this.validator.validateParsed(this.topic, event);
      if (!outcome.ok) {
        throw new Error(`access event for route ${access.route} is invalid (${outcome.code}): ${outcome.detail}`);
      }
    }

    await this.dataSource.transaction((manager) => appendToOutbox(manager, this.schema, events.map((event) => ({ topic: this.topic, event }))));
    this.logger.debug({ route: access.route, requestId: access.requestId, debtors: events.length }, 'debtor data access recorded');
    return events.length;
  }
}
