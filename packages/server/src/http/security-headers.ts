import type { Middleware } from 'koa';

/**
 * The one Content-Security-Policy of the server's HTML. Pages load their scripts and styles from
 * this origin only, never inline; Lit's styles arrive as constructable stylesheets, which CSP does
 * not block. `frame-ancestors` comes from the configuration (`TESSERA_FRAME_ANCESTORS`).
 */
export function contentSecurityPolicy(frameAncestors: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors.join(' ')}`,
  ].join('; ');
}

export interface SecurityHeaderOptions {
  frameAncestors: readonly string[];
}

/**
 * The single source of security headers, applied after the handler so it sees what was answered:
 * - every response: `X-Content-Type-Options: nosniff`;
 * - HTML: the CSP above and `Referrer-Policy` (no `X-Frame-Options`, which cannot express an
 *   allow-list and would contradict `frame-ancestors`);
 * - everything else without its own caching policy (API answers, problems): `Cache-Control: no-store`,
 *   since they may hold one caller's data.
 */
export function securityHeaders(options: SecurityHeaderOptions): Middleware {
  const csp = contentSecurityPolicy(options.frameAncestors);
  return async (ctx, next) => {
    await next();
    ctx.set('x-content-type-options', 'nosniff');
    if (ctx.response.is('html')) {
      ctx.set('content-security-policy', csp);
      ctx.set('referrer-policy', 'strict-origin-when-cross-origin');
      ctx.remove('x-frame-options');
    }
    if (!ctx.response.get('cache-control')) ctx.set('cache-control', 'no-store');
  };
}
