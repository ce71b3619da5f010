import type { BucketRule } from '../../services/limits/limits.js';
import type { TakeResult } from '../../services/limits/token-bucket.js';

/**
 * The IETF `RateLimit-*` headers (draft-ietf-httpapi-ratelimit-headers, the widely deployed
 * three-header form) for one bucket. For a token bucket, the limit is the burst, `Reset` is when it
 * is full again and the policy's window is how long a full refill takes.
 */
export function rateLimitHeaders(rule: BucketRule, result: TakeResult): Record<string, string> {
  return {
    'ratelimit-limit': String(result.limit),
    'ratelimit-remaining': String(result.remaining),
    'ratelimit-reset': String(result.resetSeconds),
    'ratelimit-policy': `${rule.capacity};w=${Math.ceil(rule.capacity / rule.refillPerSecond)}`,
  };
}

/** Headers a browser may read on a cross-origin answer; CORS must expose them. */
export const RATE_LIMIT_EXPOSED_HEADERS = [
  'retry-after',
  'ratelimit-limit',
  'ratelimit-remaining',
  'ratelimit-reset',
  'ratelimit-policy',
];

/** "2 per second" or "1 every 30 s", for sentences about a rule. */
export function describeRefill(rule: BucketRule): string {
  if (rule.refillPerSecond >= 1) return `${+rule.refillPerSecond.toFixed(2)} per second`;
  return `1 every ${+(1 / rule.refillPerSecond).toFixed(1)} s`;
}
