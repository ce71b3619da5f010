import type { Middleware } from 'koa';
import { END_USER_TOKEN_HEADER } from '@tessera/core';
import type { Store } from '../../ports/store.js';
import { resolvePrincipal } from '../../services/auth/resolve-principal.js';
import { serverSecret } from '../../services/auth/server-secret.js';
import { ProblemError } from '../problem-error.js';
import type { Principal } from './principal.js';

/** What the authentication middleware leaves in `ctx.state` for `authorize` and the CORS middleware. */
export interface AuthState {
  auth?: Principal;
  /** Why the presented credentials were refused; thrown by `authorize` on routes that need them. */
  authError?: ProblemError;
  /** A browser origin allowed to read this answer. */
  corsOrigin?: string;
}

/**
 * Resolves `ctx.state.auth` from the `authorization` header. A refusal is kept, not thrown, and
 * `authorize` throws it on routes that need a caller: public routes (login, refresh) keep working for
 * a client that still sends a stale token.
 */
export function authenticate(store: Store): Middleware {
  return async (ctx, next) => {
    const authorization = ctx.get('authorization');
    if (authorization) {
      const state = ctx.state as AuthState;
      const origin = ctx.get('origin') || undefined;
      try {
        const result = await resolvePrincipal(store, await serverSecret(store), {
          authorization,
          origin,
          // Not ctx.origin: Koa 3 answers the request's Origin header there.
          selfOrigin: `${ctx.protocol}://${ctx.host}`,
          userToken: ctx.get(END_USER_TOKEN_HEADER) || undefined,
        });
        state.auth = result.principal;
        if (result.corsAllowed) state.corsOrigin = origin;
      } catch (error) {
        if (!(error instanceof ProblemError)) throw error;
        state.authError = error;
      }
    }
    await next();
  };
}
