import Koa from 'koa';
import type { AppDeps } from './app-deps.js';
import { authenticate } from './http/auth/authenticate.js';
import { keyCors } from './http/key-cors.js';
import { problemMiddleware } from './http/problem-middleware.js';
import { requestId } from './http/request-id.js';
import Router from '@koa/router';
import { mountRoutes } from './http/route.js';
import { apiRoutes } from './routes/api-routes.js';
import { deadline } from './http/deadline/deadline-middleware.js';
import { observeRequest } from './http/observe-request.js';
import { platformRouteHooks } from './http/platform-route-hooks.js';
import { requestLog } from './http/request-state.js';
import { securityHeaders } from './http/security-headers.js';
import { resolvePlatform } from './platform-deps.js';

/**
 * Builds the Koa app. It never listens: `startServer` does, and tests can mount `app.callback()`
 * anywhere. The order matters: the request id exists before anything can fail, and the problem
 * middleware wraps every route so that all errors answer as problem+json.
 */
export function createApp(deps: AppDeps): Koa {
  const platform = resolvePlatform(deps.platform);
  // Routes resolve `deps.platform` again; handing them the resolved one shares its registry and stores.
  deps = { ...deps, platform };
  const app = new Koa();
  // Behind N proxies, the client is the Nth address from the right of X-Forwarded-For; the ones
  // further left were written by the client itself and cannot be trusted.
  app.proxy = platform.settings.trustProxyHops > 0;
  app.maxIpsCount = platform.settings.trustProxyHops;
  app.use(requestId());
  app.use(observeRequest(platform));
  app.use(securityHeaders({ frameAncestors: platform.settings.frameAncestors }));
  // CORS sits outside the problem middleware so that refusals, rendered there, carry its headers too.
  app.use(keyCors());
  app.use(problemMiddleware());
  app.use(deadline(platform.settings.requestTimeoutMs, platform.logger));
  app.use(authenticate(deps.store));
  const router = new Router();
  mountRoutes(router, apiRoutes(deps), deps.validator, {
    ...platformRouteHooks(platform),
    checkResponses: deps.checkResponses ?? false,
  });
  app.use(router.routes());
  app.use(router.allowedMethods());
  // Unexpected errors arrive here once: from the problem middleware (masked 5xx) or from Koa (a
  // stream that failed after its headers were sent).
  app.on('error', (error: unknown, ctx?: { state: unknown }) => {
    const log = requestLog(ctx ?? { state: {} }, platform.logger);
    if (isClientGone(error)) return log.debug('The client left before the response ended.');
    log.error({ err: error }, 'Unexpected error.');
    deps.onError?.(error);
  });
  return app;
}

const CLIENT_GONE = new Set(['ERR_STREAM_PREMATURE_CLOSE', 'ECONNRESET', 'EPIPE']);

/** A reader closing a stream early is normal (a stop button, a closed tab), not a server fault. */
const isClientGone = (error: unknown) => CLIENT_GONE.has((error as { code?: string } | null)?.code ?? '');
