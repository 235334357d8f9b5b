import type { IHeaders } from 'kafkajs';
import { CLOUDEVENTS_CONTENT_TYPE, CloudEvent } from '@bitacora/contracts';

export const MessageHeaders = {
  contentType: 'content-type',
  requestId: 'x-request-id',
  traceparent: 'traceparent',
} as const;

/** Kafka headers of a structured-mode CloudEvent, with the correlation and trace ids repeated for tools that read only headers. */
export function headersFor(event: CloudEvent): Record<string, string> {
  const headers: Record<string, string> = { [MessageHeaders.contentType]: CLOUDEVENTS_CONTENT_TYPE };
  if (event.correlationid) headers[MessageHeaders.requestId] = event.correlationid;
  if (event.traceparent) headers[MessageHeaders.traceparent] = event.traceparent;
  return headers;
}

export function headerText(headers: IHeaders | undefined, name: string): string | undefined {
  const value = headers?.[name];
  if (value === undefined || value === null) return undefined;
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}
