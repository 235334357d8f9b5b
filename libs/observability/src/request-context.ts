import { AsyncLocalStorage } from 'node:async_hooks';

/** Ids that follow one request or one consumed message through a service and into its events. */
export interface RequestContext {
  requestId: string;
  traceparent?: string;
  actor?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithContext<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}

/** Binds `context` to the rest of the current asynchronous execution (used in Fastify hooks). */
export function enterContext(context: RequestContext): void {
  storage.enterWith(context);
}
