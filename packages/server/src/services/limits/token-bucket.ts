import type { BucketRule } from './limits.js';

/**
 * What a bucket remembers between requests: the time at which it will be full again. This is the
 * token bucket in its GCRA form; it changes only when a take succeeds and needs no fractional token
 * counts, so refills never accumulate rounding error and a refused caller gets an exact wait.
 */
export interface BucketState {
  fullAtMs: number;
}

/** The answer to one take, with what the `RateLimit-*` and `Retry-After` headers need. */
export interface TakeResult {
  allowed: boolean;
  /** The bucket's capacity. */
  limit: number;
  /** Whole tokens left after this take. */
  remaining: number;
  /** Seconds until the bucket is full again (0 when it is full). */
  resetSeconds: number;
  /** Seconds until a refused take of the same cost would succeed; 0 when allowed. */
  retryAfterSeconds: number;
}

/** A clock in epoch milliseconds; tests pass a controllable one. */
export type Clock = () => number;

/**
 * Slack for float sums: seven additions of 1444.04… ms land a hair above seven times it, which must
 * not refuse the seventh request of a burst of seven. A microsecond is far below any clock's grain.
 */
export const SLACK_MS = 0.001;

/** Milliseconds one token takes to come back. */
export const msPerToken = (rule: BucketRule) => 1000 / rule.refillPerSecond;

// Whole seconds, rounded up, forgiving the same float slack.
const ceilSeconds = (ms: number) => Math.max(0, Math.ceil((ms - SLACK_MS) / 1000));

/**
 * Tries to take `cost` tokens at `nowMs`. A bucket never seen before is full. A take is allowed when
 * the bucket would hold `cost` tokens, i.e. when it is due to be full no later than
 * `(capacity - cost)` tokens' time from now. A clock running backwards (two replicas disagreeing)
 * only makes the bucket look emptier; it never mints tokens. Pure: the stores keep the state.
 */
export function takeToken(
  state: BucketState | undefined,
  rule: BucketRule,
  nowMs: number,
  cost = 1,
): { state: BucketState | undefined; result: TakeResult } {
  const interval = msPerToken(rule);
  const fullAtMs = Math.max(state?.fullAtMs ?? nowMs, nowMs);
  const allowed = fullAtMs - nowMs <= (rule.capacity - cost) * interval + SLACK_MS;
  const next = allowed ? { fullAtMs: fullAtMs + cost * interval } : state;
  return { state: next, result: describeBucket(next?.fullAtMs ?? nowMs, rule, nowMs, allowed, cost) };
}

/** The headers' view of a bucket due to be full at `fullAtMs`, after a take was allowed or refused. */
export function describeBucket(
  fullAtMs: number,
  rule: BucketRule,
  nowMs: number,
  allowed: boolean,
  cost = 1,
): TakeResult {
  const interval = msPerToken(rule);
  const untilFull = Math.max(0, fullAtMs - nowMs);
  return {
    allowed,
    limit: rule.capacity,
    remaining: Math.max(0, Math.floor(rule.capacity - (untilFull - SLACK_MS) / interval)),
    resetSeconds: ceilSeconds(untilFull),
    retryAfterSeconds: allowed ? 0 : ceilSeconds(untilFull - (rule.capacity - cost) * interval),
  };
}
