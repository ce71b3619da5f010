import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { takeToken, type BucketState } from './token-bucket.js';

describe('takeToken', () => {
  it('lets a full burst through at once, then one request per refill interval', () => {
    const rule = { capacity: 3, refillPerSecond: 0.5 };
    let state: BucketState | undefined;
    const take = (now: number) => {
      const out = takeToken(state, rule, now);
      state = out.state;
      return out.result;
    };
    expect([take(0), take(0), take(0)].map((r) => r.remaining)).toEqual([2, 1, 0]);
    expect(take(0)).toEqual({
      allowed: false,
      limit: 3,
      remaining: 0,
      resetSeconds: 6,
      retryAfterSeconds: 2,
    });
    expect(take(1999).allowed).toBe(false);
    expect(take(2000)).toMatchObject({ allowed: true, remaining: 0, resetSeconds: 6 });
    expect(take(60_000)).toMatchObject({ allowed: true, remaining: 2, resetSeconds: 2 });
  });

  it('never lets more through than the burst plus what refilled since the first take', () => {
    fc.assert(
      fc.property(
        fc.record({ capacity: fc.integer({ min: 1, max: 50 }), perMinute: fc.integer({ min: 1, max: 600 }) }),
        fc.array(
          fc.record({ wait: fc.integer({ min: 0, max: 5000 }), cost: fc.integer({ min: 1, max: 3 }) }),
          {
            maxLength: 200,
          },
        ),
        ({ capacity, perMinute }, takes) => {
          const rule = { capacity, refillPerSecond: perMinute / 60 };
          let state: BucketState | undefined;
          let now = 0;
          let taken = 0;
          for (const { wait, cost } of takes) {
            now += wait;
            const out = takeToken(state, rule, now, cost);
            state = out.state;
            if (out.result.allowed) taken += cost;
            expect(taken).toBeLessThanOrEqual(capacity + (now * rule.refillPerSecond) / 1000 + 1e-6);
          }
        },
      ),
    );
  });

  it('is right about Retry-After: the same take succeeds after exactly that many seconds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 3600 }),
        fc.integer({ min: 0, max: 10_000 }),
        (capacity, perHour, elapsed) => {
          const rule = { capacity, refillPerSecond: perHour / 3600 };
          let state: BucketState | undefined;
          for (let i = 0; i < capacity; i++) state = takeToken(state, rule, 0).state;
          const refused = takeToken(state, rule, elapsed);
          if (refused.result.allowed) return;
          const wait = refused.result.retryAfterSeconds * 1000;
          expect(takeToken(state, rule, elapsed + wait).result.allowed).toBe(true);
          expect(takeToken(state, rule, elapsed + wait - 1000).result.allowed).toBe(false);
        },
      ),
    );
  });
});
