import { API_KEY_PREFIX_LENGTH, apiKeyMatches, apiKeyPrefixOf, generateApiKey, hashApiKey } from './api-key';

describe('API keys', () => {
  it('generates distinct keys with 256 bits of randomness', () => {
    const first = generateApiKey();
    const second = generateApiKey();

    expect(first).toMatch(/^bk_[A-Za-z0-9_-]{43}$/);
    expect(first).not.toBe(second);
  });

  it('matches a key against its own hash only', () => {
    const key = generateApiKey();
    const stored = hashApiKey(key);

    expect(apiKeyMatches(key, stored)).toBe(true);
    expect(apiKeyMatches(`${key}x`, stored)).toBe(false);
    expect(apiKeyMatches(key, Buffer.alloc(16))).toBe(false);
  });

  it('keeps a short clear prefix to find the row', () => {
    expect(apiKeyPrefixOf('bk_abcdefghijklmnop')).toHaveLength(API_KEY_PREFIX_LENGTH);
  });
});
