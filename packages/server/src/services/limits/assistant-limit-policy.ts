import type { AssistantLimits } from '@tessera/core';
import type { AssistantLimitsStore } from '../../ports/assistant-limits-store.js';
import type { BucketRule, LimitPolicy, Limits } from './limits.js';

/** A per-minute figure as a bucket: that many at once, refilled over a minute; `null` for none. */
function perMinute(
  value: number | null | undefined,
  fallback: BucketRule | undefined,
): BucketRule | undefined {
  if (value === undefined) return fallback;
  return value === null ? undefined : { capacity: value, refillPerSecond: value / 60 };
}

const orDefault = (value: number | null | undefined, fallback: number | undefined) =>
  value === undefined ? fallback : (value ?? undefined);

/** The server's defaults with an assistant's own settings laid over them. */
export function mergeLimits(defaults: Limits, own: AssistantLimits): Limits {
  return {
    requests: {
      ip: perMinute(own.ipRequestsPerMinute, defaults.requests.ip),
      key: perMinute(own.keyRequestsPerMinute, defaults.requests.key),
      endUser: perMinute(own.endUserRequestsPerMinute, defaults.requests.endUser),
    },
    dailyTokens: {
      key: orDefault(own.keyDailyTokens, defaults.dailyTokens.key),
      endUser: orDefault(own.endUserDailyTokens, defaults.dailyTokens.endUser),
    },
  };
}

/**
 * Limits per assistant: a browser's publishable key gets its assistant's settings over the server's
 * defaults; everyone else gets the defaults. The lookup is one primary-key read of the embedded
 * store, so it is not cached and a change applies to the very next request.
 */
export function assistantLimitPolicy(store: AssistantLimitsStore, defaults: Limits): LimitPolicy {
  return async (principal) => {
    if (principal?.kind !== 'publishable-key') return defaults;
    return mergeLimits(defaults, await store.getAssistantLimits(principal.assistantId));
  };
}
