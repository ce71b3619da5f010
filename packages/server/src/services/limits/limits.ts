import type { Principal } from '../../http/auth/principal.js';

/** A token bucket: `capacity` requests at once, refilled at `refillPerSecond` requests per second. */
export interface BucketRule {
  capacity: number;
  refillPerSecond: number;
}

/** The limits that apply to one caller; a missing rule or budget means no limit. */
export interface Limits {
  requests: {
    /** Per client IP: anonymous callers and browsers (publishable keys). */
    ip?: BucketRule | undefined;
    /** Per API key, or per signed-in person. */
    key?: BucketRule | undefined;
    /** Per end user of an embedded assistant. */
    endUser?: BucketRule | undefined;
  };
  /** LLM tokens per UTC day. */
  dailyTokens: {
    key?: number | undefined;
    endUser?: number | undefined;
  };
}

/**
 * Decides the limits of a caller. The default applies the configured limits to everyone; a policy
 * that reads per-assistant settings can replace it without touching the middleware.
 */
export type LimitPolicy = (principal: Principal | undefined) => Limits | Promise<Limits>;

export const DEFAULT_LIMITS: Limits = {
  requests: {
    ip: { capacity: 120, refillPerSecond: 2 },
    key: { capacity: 600, refillPerSecond: 10 },
    endUser: { capacity: 30, refillPerSecond: 0.5 },
  },
  dailyTokens: { key: 1_000_000, endUser: 20_000 },
};

/** No limits at all: for tests that hammer the server and for trusted single-user setups. */
export const UNLIMITED: Limits = { requests: {}, dailyTokens: {} };

/** The same limits for every caller. */
export function fixedLimitPolicy(limits: Limits): LimitPolicy {
  return () => limits;
}
