import { describe, expect, it } from 'vitest';
import { rateLimitStoreConformance } from '../../testing/rate-limit-store-conformance.js';
import { MemoryRateLimitStore } from './memory-rate-limit-store.js';

rateLimitStoreConformance('MemoryRateLimitStore', async () => new MemoryRateLimitStore());

describe('MemoryRateLimitStore', () => {
  it('forgets buckets once they are full again, and they start full when seen again', async () => {
    const store = new MemoryRateLimitStore();
    const rule = { capacity: 2, refillPerSecond: 1 };
    await store.take('a', rule, 0);
    await store.take('b', rule, 0);
    await store.take('b', rule, 0);
    store.sweep(1000);
    expect(store.size).toBe(1);
    store.sweep(2000);
    expect(store.size).toBe(0);
    expect(await store.take('b', rule, 2000)).toMatchObject({ allowed: true, remaining: 1 });
  });
});
