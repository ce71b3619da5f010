import { randomUUID } from 'node:crypto';
import type { Middleware } from 'koa';

const SAFE_ID = /^[\w.:-]{1,128}$/;

/**
 * Gives every request an id, echoed in `x-request-id` and in problem bodies, so a user's report can
 * be matched to the server's logs. A caller-supplied id is kept only when it is short and plain, so
 * it cannot inject into logs or headers.
 */
export function requestId(): Middleware {
  return async (ctx, next) => {
    const incoming = ctx.get('x-request-id');
    const id = SAFE_ID.test(incoming) ? incoming : randomUUID();
    ctx.state['requestId'] = id;
    ctx.set('x-request-id', id);
    await next();
  };
}
