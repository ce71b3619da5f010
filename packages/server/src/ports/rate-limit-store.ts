import type { BucketRule } from '../services/limits/limits.js';
import type { TakeResult } from '../services/limits/token-bucket.js';

/**
 * Where token buckets live. `take` must be atomic per key: two replicas taking the last token at
 * once must not both succeed. The caller passes the time, so that one clock drives every replica's
 * arithmetic in tests and a store never needs its own.
 */
export interface RateLimitStore {
  take(key: string, rule: BucketRule, nowMs: number, cost?: number): Promise<TakeResult>;
  close(): Promise<void>;
}
