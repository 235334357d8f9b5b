import { ApiClientCache } from './api-client-cache';

const client = (name: string) => ({ id: `id-${name}`, name, roles: ['agent' as const], rateLimitPerMinute: null });

describe('ApiClientCache', () => {
  it('expires an entry after its TTL', () => {
    const cache = new ApiClientCache(10_000);
    cache.set('bk_key-1', client('crm'), 1_000);

    expect(cache.get('bk_key-1', 10_999)).toEqual(client('crm'));
    expect(cache.get('bk_key-1', 11_000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('keeps nothing with TTL 0', () => {
    const cache = new ApiClientCache(0);
    cache.set('bk_key-1', client('crm'), 1_000);

    expect(cache.get('bk_key-1', 1_000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('evicts the oldest entry when full', () => {
    const cache = new ApiClientCache(10_000, 2);
    cache.set('bk_key-1', client('one'), 1_000);
    cache.set('bk_key-2', client('two'), 1_000);
    cache.set('bk_key-3', client('three'), 1_000);

    expect(cache.size).toBe(2);
    expect(cache.get('bk_key-1', 1_000)).toBeUndefined();
    expect(cache.get('bk_key-3', 1_000)).toEqual(client('three'));
  });
});
