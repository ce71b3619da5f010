import type { RateLimitStore } from '../../ports/rate-limit-store.js';
import type { BucketRule } from '../../services/limits/limits.js';
import { takeToken, type BucketState, type TakeResult } from '../../services/limits/token-bucket.js';

/** How many takes pass between sweeps of full buckets; a sweep costs one pass over the map. */
const SWEEP_EVERY = 1000;

/**
 * Token buckets in this process's memory: the default, right for one replica. Buckets that have
 * refilled completely are forgotten, since a missing bucket counts as full, so memory follows the
 * number of recently active callers.
 */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly buckets = new Map<string, BucketState>();
  private takes = 0;

  async take(key: string, rule: BucketRule, nowMs: number, cost = 1): Promise<TakeResult> {
    if (++this.takes % SWEEP_EVERY === 0) this.sweep(nowMs);
    const { state, result } = takeToken(this.buckets.get(key), rule, nowMs, cost);
    if (state) this.buckets.set(key, state);
    return result;
  }

  /** Buckets currently remembered. */
  get size(): number {
    return this.buckets.size;
  }

  /** Forgets every bucket that is full at `nowMs`. */
  sweep(nowMs: number): void {
    for (const [key, state] of this.buckets) if (state.fullAtMs <= nowMs) this.buckets.delete(key);
  }

  async close(): Promise<void> {
    this.buckets.clear();
  }
}
