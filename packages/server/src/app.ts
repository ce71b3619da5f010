import cors from '@koa/cors';
import Koa from 'koa';
import type { AppDeps } from './app-deps.js';
import { problemMiddleware } from './http/problem-middleware.js';
import { requestId } from './http/request-id.js';
import Router from '@koa/router';
import { mountRoutes } from './http/route.js';
import { apiRoutes } from './routes/api-routes.js';

/**
 * Builds the Koa app. It never listens: `startServer` does, and tests can mount `app.callback()`
 * anywhere. The order matters: the request id exists before anything can fail, and the problem
 * middleware wraps every route so that all errors answer as problem+json.
 */
export function createApp(deps: AppDeps): Koa {
  const app = new Koa();
  app.use(requestId());
  // Until keys carry their own allowed origins, the API is public and credential-free.
  app.use(cors({ exposeHeaders: ['x-request-id', 'retry-after'], maxAge: 600 }));
  app.use(problemMiddleware());
  const router = new Router();
  mountRoutes(router, apiRoutes(deps), deps.validator);
  app.use(router.routes());
  app.use(router.allowedMethods());
  app.on('error', (error: unknown) => (deps.onError ?? defaultOnError)(error));
  return app;
}

function defaultOnError(error: unknown): void {
  console.error('[tessera]', error);
}
