import { hashApiKey } from './api-key';
import type { ApiClient } from './api-clients.repository';

/** Maximum API keys kept at once, far more than the integrations and consoles of one bank. */
export const API_CLIENT_CACHE_ENTRIES = 1000;

/**
 * Verified API clients by the SHA-256 of their key, each for `ttlMs` after it was read. A key
 * revoked in the database therefore stops working within `ttlMs` at the latest. Unknown and
 * revoked keys are never remembered, so a new key works at once. With `ttlMs` 0 nothing is kept.
 */
export class ApiClientCache {
  private readonly entries = new Map<string, { client: ApiClient; expiresAt: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = API_CLIENT_CACHE_ENTRIES,
  ) {}

  get(key: string, now = Date.now()): ApiClient | undefined {
    if (this.ttlMs === 0) {
      return undefined;
    }
    const id = idOf(key);
    const entry = this.entries.get(id);
    if (entry === undefined) {
      return undefined;
    }
    if (entry.expiresAt <= now) {
      this.entries.delete(id);
      return undefined;
    }
    return entry.client;
  }

  set(key: string, client: ApiClient, now = Date.now()): void {
    if (this.ttlMs === 0) {
      return;
    }
    const id = idOf(key);
    this.entries.delete(id);
    if (this.entries.size >= this.maxEntries) {
      // Maps keep insertion order, so the first entry is the one read longest ago.
      this.entries.delete(this.entries.keys().next().value as string);
    }
    this.entries.set(id, { client, expiresAt: now + this.ttlMs });
  }

  get size(): number {
    return this.entries.size;
  }
}

/** Returns the key's stored hash as text, so the cache never keeps a key in clear. */
function idOf(key: string): string {
  return hashApiKey(key).toString('base64');
}
