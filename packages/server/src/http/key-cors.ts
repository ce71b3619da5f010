import type { Middleware } from 'koa';
import { END_USER_TOKEN_HEADER } from '@tessera/core';
import type { AuthState } from './auth/authenticate.js';

const ALLOWED_METHODS = 'GET, POST, PATCH, DELETE';
const ALLOWED_HEADERS = `authorization, content-type, ${END_USER_TOKEN_HEADER}, x-request-id`;
const EXPOSED_HEADERS = [
  'x-request-id',
  'retry-after',
  'ratelimit',
  'ratelimit-policy',
  'ratelimit-limit',
  'ratelimit-remaining',
  'ratelimit-reset',
].join(', ');
/** Browsers cap this (Chromium at 2 h); ten minutes keeps an origin change effective soon. */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * CORS for `/v1/*`, decided per key. Preflights carry no credentials, so they are answered for any
 * origin; the real request is then checked against the key's allowed origins by the authentication
 * middleware, and only an allowed origin may read a successful answer. Refusals (401/403) are
 * readable from any origin: they hold no data, and the developer needs to see why.
 */
export function keyCors(): Middleware {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/v1/')) return next();
    ctx.vary('Origin');
    const origin = ctx.get('origin');
    if (ctx.method === 'OPTIONS' && origin && ctx.get('access-control-request-method')) {
      ctx.set({
        'access-control-allow-origin': origin,
        'access-control-allow-methods': ALLOWED_METHODS,
        'access-control-allow-headers': ALLOWED_HEADERS,
        'access-control-max-age': String(PREFLIGHT_MAX_AGE_SECONDS),
      });
      ctx.status = 204;
      return;
    }
    await next();
    const allowed =
      (ctx.state as AuthState).corsOrigin === origin || ctx.status === 401 || ctx.status === 403;
    if (origin && allowed) {
      ctx.set('access-control-allow-origin', origin);
      ctx.set('access-control-expose-headers', EXPOSED_HEADERS);
    }
  };
}
