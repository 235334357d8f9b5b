import { uuidv7 } from 'uuidv7';
import { CloudEvent } from './cloudevent';

export interface NewEvent<Data> {
  type: string;
  source: string;
  data: Data;
  subject?: string;
  debtorId?: string;
  accountId?: string;
  actor?: string;
  correlationId?: string;
  traceparent?: string;
  id?: string;
  time?: Date;
}

/** Builds a CloudEvent with a UUIDv7 id and the current time unless given. */
export function createEvent<Data>(input: NewEvent<Data>): CloudEvent<Data> {
  const event: CloudEvent<Data> = {
    specversion: '1.0',
    id: input.id ?? uuidv7(),
    source: input.source,
    type: input.type,
    time: (input.time ?? new Date()).toISOString(),
    datacontenttype: 'application/json',
    data: input.data,
  };
  if (input.subject !== undefined) event.subject = input.subject;
  if (input.correlationId !== undefined) event.correlationid = input.correlationId;
  if (input.actor !== undefined) event.actor = input.actor;
  if (input.debtorId !== undefined) event.debtorid = input.debtorId;
  if (input.accountId !== undefined) event.accountid = input.accountId;
  if (input.traceparent !== undefined) event.traceparent = input.traceparent;
  return event;
}
