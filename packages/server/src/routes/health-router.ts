import Router from '@koa/router';

/** `GET /healthz`: the process is up and serving HTTP. */
export function healthRouter(): Router {
  const router = new Router();
  router.get('/healthz', (ctx) => {
    ctx.set('cache-control', 'no-store');
    ctx.body = { status: 'ok' };
  });
  return router;
}
