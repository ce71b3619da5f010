import { describe, expect, it } from 'vitest';
import type { RateLimitStore } from '../ports/rate-limit-store.js';
import type { BucketRule } from '../services/limits/limits.js';

const T0 = 1_700_000_000_000;
const TWO_PER_SECOND: BucketRule = { capacity: 2, refillPerSecond: 1 };

/**
 * The behaviour every {@link RateLimitStore} must have. `makeStore` gives a store whose keys no
 * earlier test used (a fresh store, or a fresh prefix on a shared server).
 */
export function rateLimitStoreConformance(name: string, makeStore: () => Promise<RateLimitStore>): void {
  describe(`${name} (RateLimitStore conformance)`, () => {
    it('starts full and refuses once the burst is spent, saying when to retry', async () => {
      const store = await makeStore();
      expect(await store.take('a', TWO_PER_SECOND, T0)).toEqual({
        allowed: true,
        limit: 2,
        remaining: 1,
        resetSeconds: 1,
        retryAfterSeconds: 0,
      });
      expect((await store.take('a', TWO_PER_SECOND, T0)).remaining).toBe(0);
      expect(await store.take('a', TWO_PER_SECOND, T0)).toEqual({
        allowed: false,
        limit: 2,
        remaining: 0,
        resetSeconds: 2,
        retryAfterSeconds: 1,
      });
    });

    it('refills with time, never beyond capacity', async () => {
      const store = await makeStore();
      await store.take('a', TWO_PER_SECOND, T0);
      await store.take('a', TWO_PER_SECOND, T0);
      const half = await store.take('a', TWO_PER_SECOND, T0 + 500);
      expect(half).toMatchObject({ allowed: false, remaining: 0, retryAfterSeconds: 1 });
      expect(await store.take('a', TWO_PER_SECOND, T0 + 1000)).toMatchObject({ allowed: true, remaining: 0 });
      expect(await store.take('a', TWO_PER_SECOND, T0 + 3_600_000)).toMatchObject({
        allowed: true,
        remaining: 1,
      });
    });

    it('computes exact Retry-After for slow refills', async () => {
      const store = await makeStore();
      const sixPerMinute: BucketRule = { capacity: 1, refillPerSecond: 0.1 };
      await store.take('slow', sixPerMinute, T0);
      expect((await store.take('slow', sixPerMinute, T0)).retryAfterSeconds).toBe(10);
      expect((await store.take('slow', sixPerMinute, T0 + 3000)).retryAfterSeconds).toBe(7);
      expect((await store.take('slow', sixPerMinute, T0 + 9999)).retryAfterSeconds).toBe(1);
      expect((await store.take('slow', sixPerMinute, T0 + 10_000)).allowed).toBe(true);
    });

    it('keeps keys apart', async () => {
      const store = await makeStore();
      await store.take('one', TWO_PER_SECOND, T0);
      await store.take('one', TWO_PER_SECOND, T0);
      expect((await store.take('one', TWO_PER_SECOND, T0)).allowed).toBe(false);
      expect((await store.take('two', TWO_PER_SECOND, T0)).allowed).toBe(true);
    });

    it('takes a cost of several tokens, or none when they are not all there', async () => {
      const store = await makeStore();
      const rule = { capacity: 10, refillPerSecond: 1 };
      expect(await store.take('c', rule, T0, 7)).toMatchObject({ allowed: true, remaining: 3 });
      expect(await store.take('c', rule, T0, 5)).toMatchObject({
        allowed: false,
        remaining: 3,
        retryAfterSeconds: 2,
      });
      expect(await store.take('c', rule, T0, 3)).toMatchObject({ allowed: true, remaining: 0 });
    });

    it('mints nothing when the clock goes backwards', async () => {
      const store = await makeStore();
      await store.take('skew', TWO_PER_SECOND, T0);
      await store.take('skew', TWO_PER_SECOND, T0);
      expect((await store.take('skew', TWO_PER_SECOND, T0 - 60_000)).allowed).toBe(false);
      expect((await store.take('skew', TWO_PER_SECOND, T0 + 999)).allowed).toBe(false);
      expect((await store.take('skew', TWO_PER_SECOND, T0 + 1000)).allowed).toBe(true);
    });

    it('lets exactly the capacity through when many takes race', async () => {
      const store = await makeStore();
      const rule = { capacity: 25, refillPerSecond: 0.001 };
      const results = await Promise.all(Array.from({ length: 100 }, () => store.take('race', rule, T0)));
      expect(results.filter((r) => r.allowed)).toHaveLength(25);
      expect(results.filter((r) => !r.allowed).every((r) => r.remaining === 0)).toBe(true);
    });
  });
}
