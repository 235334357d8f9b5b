/**
 * Base class of the domain's expected failures. `code` is a stable string that the HTTP edge maps
 * to a status and a translated message; `message` is English text for developers and logs.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;

  protected constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}
