import type { Middleware } from 'koa';
import { ProblemError } from './problem-error.js';

/** Refuses bodies that are not JSON with a 415 that says what to send, before any parsing. */
export function requireJson(): Middleware {
  return async (ctx, next) => {
    if (!ctx.is('application/json')) {
      throw new ProblemError(415, 'Send the body as JSON with the header "content-type: application/json".', {
        code: 'unsupported_media_type',
      });
    }
    await next();
  };
}
