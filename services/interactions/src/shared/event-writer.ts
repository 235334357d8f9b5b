import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CloudEvent, createEvent, EventValidator, Topics } from '@bitacora/contracts';
import { appendToOutbox } from '@bitacora/messaging';
import { INTERACTIONS_OPTIONS, InteractionsOptions } from './interactions-options';
import { RequestMeta } from './request-meta';

/**
 * An event to publish, about one debtor and account where there are ones. Its Kafka key is the
 * account id, else the debtor id, else the subject (catalog and calendar events).
 */
export interface PendingEvent {
  type: string;
  data: object;
  debtorId?: string;
  accountId?: string;
  /** CloudEvents `subject`: the id of the record the event is about. */
  subject: string;
  id?: string;
}

const validator = new EventValidator();

/**
 * Appends the service's events to the outbox inside the caller's transaction. Each event is
 * checked against the contract first: an event that does not match is a programming error, and
 * throwing rolls back the change it announces.
 */
@Injectable()
export class EventWriter {
  constructor(@Inject(INTERACTIONS_OPTIONS) private readonly options: InteractionsOptions) {}

  async append(manager: EntityManager, meta: RequestMeta, pending: PendingEvent[]): Promise<CloudEvent[]> {
    const events = pending.map((item) => this.build(meta, item));
    await appendToOutbox(
      manager,
      this.options.schema,
      events.map((event) => ({ topic: this.options.topics.interactions, event })),
    );

    return events;
  }

  private build(meta: RequestMeta, item: PendingEvent): CloudEvent {
    const event = createEvent({
      id: item.id,
      type: item.type,
      source: this.options.eventSource,
      subject: item.subject,
      data: item.data,
      debtorId: item.debtorId,
      accountId: item.accountId,
      actor: meta.actor,
      correlationId: meta.requestId,
      traceparent: meta.traceparent,
    });
    const outcome = validator.validateParsed(Topics.interactions, JSON.parse(JSON.stringify(event)));
    if (!outcome.ok) {
      throw new Error(`event ${item.type} does not match its contract: ${outcome.code} ${outcome.detail}`);
    }

    return event;
  }
}
