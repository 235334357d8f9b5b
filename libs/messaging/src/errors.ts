/**
 * A failure that may succeed if tried again later (database or broker unavailable). The consumer
 * runner retries the batch with backoff and never commits past it.
 */
export class RetriableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RetriableError';
  }
}

/**
 * A message that can never be processed (it breaks a business rule or refers to nothing). The
 * consumer runner sends it to the dead-letter topic with `code` as the reason and goes on.
 */
export class PermanentMessageError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'PermanentMessageError';
  }
}
