import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Characters of a key stored in clear to find its row; the rest is only ever stored hashed. */
export const API_KEY_PREFIX_LENGTH = 12;

/**
 * Creates a new API key: `bk_` followed by 32 random bytes in base64url (256 bits of entropy),
 * so a SHA-256 hash without salt is enough to store it.
 */
export function generateApiKey(): string {
  return `bk_${randomBytes(32).toString('base64url')}`;
}

export function hashApiKey(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest();
}

export function apiKeyPrefixOf(key: string): string {
  return key.slice(0, API_KEY_PREFIX_LENGTH);
}

/** Compares a presented key with a stored hash in time that does not depend on where they differ. */
export function apiKeyMatches(key: string, storedHash: Buffer): boolean {
  const presented = hashApiKey(key);
  return storedHash.length === presented.length && timingSafeEqual(presented, storedHash);
}
