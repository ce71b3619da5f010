import type { Middleware } from 'koa';
import type { Logger } from 'pino';
import type { Principal } from '../auth/principal.js';
import type { Metrics } from '../../observability/create-metrics.js';
import type { RateLimitStore } from '../../ports/rate-limit-store.js';
import type { LimitPolicy } from '../../services/limits/limits.js';
import {
  rateLimitBuckets,
  type BucketRef,
  type LimitScope,
} from '../../services/limits/rate-limit-buckets.js';
import type { Clock, TakeResult } from '../../services/limits/token-bucket.js';
import { ProblemError } from '../problem-error.js';
import { requestLog } from '../request-state.js';
import { describeRefill, rateLimitHeaders } from './rate-limit-headers.js';

export interface RateLimitOptions {
  store: RateLimitStore;
  policy: LimitPolicy;
  clock: Clock;
  metrics: Metrics;
  logger: Logger;
}

const WHO: Record<LimitScope, string> = {
  ip: 'this IP address',
  key: 'this API key',
  'end-user': 'this end user',
};

/**
 * Draws one token from each bucket the caller is counted in (see `rateLimitBuckets`) and answers
 * 429 with `Retry-After` when one is empty. Allowed answers carry the `RateLimit-*` headers of the
 * bucket closest to empty. The principal comes from `ctx.state.auth` (set by the authentication
 * middleware); without one the caller is limited by IP.
 *
 * If the store fails (Redis down), the request goes through and the failure is logged and counted:
 * an outage of the limiter must not become an outage of the API.
 */
export function rateLimit(options: RateLimitOptions): Middleware {
  return async (ctx, next) => {
    const principal = ctx.state['auth'] as Principal | undefined;
    const buckets = rateLimitBuckets(principal, ctx.ip, await options.policy(principal));
    let tightest: { bucket: BucketRef; result: TakeResult } | undefined;
    for (const bucket of buckets) {
      let result: TakeResult;
      try {
        result = await options.store.take(bucket.key, bucket.rule, options.clock());
      } catch (error) {
        options.metrics.rateLimitStoreErrors.inc();
        requestLog(ctx, options.logger).warn(
          { err: error },
          'The rate limit store failed; request let through.',
        );
        tightest = undefined;
        break;
      }
      if (!result.allowed) {
        options.metrics.rateLimited.inc({ scope: bucket.scope });
        throw new ProblemError(
          429,
          `Too many requests from ${WHO[bucket.scope]}: it may make ${bucket.rule.capacity} at once, refilled at ${describeRefill(bucket.rule)}. Retry after ${result.retryAfterSeconds} s (the Retry-After header); if this is normal traffic, ask for a higher limit.`,
          {
            code: 'rate_limited',
            headers: {
              ...rateLimitHeaders(bucket.rule, result),
              'retry-after': String(result.retryAfterSeconds),
            },
          },
        );
      }
      if (!tightest || result.remaining < tightest.result.remaining) tightest = { bucket, result };
    }
    if (tightest) ctx.set(rateLimitHeaders(tightest.bucket.rule, tightest.result));
    await next();
  };
}
