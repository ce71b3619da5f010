import type { Middleware } from 'koa';
import type { PlatformDeps } from '../platform-deps.js';
import { rateLimit } from './rate-limit/rate-limit-middleware.js';
import { requestDeadline, setRoutePattern } from './request-state.js';
import type { AnyRouteSpec, MountOptions } from './route.js';

/** Whether a route is rate limited: its own `rateLimit`, else every `/v1/` route. */
export const isRateLimited = (spec: AnyRouteSpec) => spec.rateLimit ?? spec.path.startsWith('/v1/');

/**
 * What the platform adds to each route: its pattern for logs and metrics, its own deadline, the
 * rate limits (before authorization, so that guessing keys costs tokens too) and the JSON depth
 * limit.
 */
export function platformRouteHooks(platform: PlatformDeps): MountOptions {
  const limiter = rateLimit({
    store: platform.rateLimitStore,
    policy: platform.limitPolicy,
    clock: platform.clock,
    metrics: platform.metrics,
    logger: platform.logger,
  });
  return {
    maxJsonDepth: platform.settings.jsonMaxDepth,
    before(spec) {
      const stack: Middleware[] = [
        async (ctx, next) => {
          setRoutePattern(ctx, spec.path);
          if (spec.timeoutMs !== undefined) requestDeadline(ctx)?.setLimit(spec.timeoutMs);
          await next();
        },
      ];
      if (isRateLimited(spec)) stack.push(limiter);
      return stack;
    },
  };
}
