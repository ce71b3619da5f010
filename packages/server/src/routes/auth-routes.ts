import {
  currentPrincipalSchema,
  loginRequestSchema,
  refreshTokenRequestSchema,
  sessionSchema,
  type LoginRequest,
  type RefreshTokenRequest,
} from '@tessera/core';
import type { AppDeps } from '../app-deps.js';
import { requestOrigin, requirePrincipal } from '../http/auth/request-actor.js';
import { defineRoute } from '../http/route.js';
import { currentPrincipal } from '../services/auth/current-principal.js';
import { serverSecret } from '../services/auth/server-secret.js';
import { login, logout, refreshSession } from '../services/auth/sessions.js';
import { problemResponses } from './problem-responses.js';

const session = { description: 'A new session.', schema: sessionSchema };

/** `/v1/auth/*`: sign in, refresh, sign out, and who am I. */
export function authRoutes({ store }: Pick<AppDeps, 'store'>) {
  return [
    defineRoute<LoginRequest>({
      method: 'POST',
      path: '/v1/auth/login',
      operationId: 'auth.login',
      summary: 'Sign in with email and password; answers an access token and a refresh token.',
      tag: 'auth',
      access: 'public',
      body: loginRequestSchema,
      bodyLimit: '10kb',
      responses: { 200: session, ...problemResponses(400, 401, 403, 404) },
      async handler(ctx) {
        ctx.set('cache-control', 'no-store');
        ctx.body = await login(store, await serverSecret(store), ctx.input.body, requestOrigin(ctx));
      },
    }),
    defineRoute<RefreshTokenRequest>({
      method: 'POST',
      path: '/v1/auth/refresh',
      operationId: 'auth.refresh',
      summary: 'Exchange a refresh token for a new session; the old refresh token stops working.',
      tag: 'auth',
      access: 'public',
      body: refreshTokenRequestSchema,
      bodyLimit: '10kb',
      responses: { 200: session, ...problemResponses(400, 401) },
      async handler(ctx) {
        ctx.set('cache-control', 'no-store');
        const secret = await serverSecret(store);
        ctx.body = await refreshSession(store, secret, ctx.input.body.refreshToken, requestOrigin(ctx));
      },
    }),
    defineRoute<RefreshTokenRequest>({
      method: 'POST',
      path: '/v1/auth/logout',
      operationId: 'auth.logout',
      summary: 'End the session of a refresh token. Always answers 204.',
      tag: 'auth',
      access: 'public',
      body: refreshTokenRequestSchema,
      bodyLimit: '10kb',
      responses: { 204: { description: 'Signed out.' }, ...problemResponses(400) },
      async handler(ctx) {
        await logout(store, ctx.input.body.refreshToken, requestOrigin(ctx));
        ctx.status = 204;
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/v1/auth/me',
      operationId: 'auth.me',
      summary: 'Who the credentials of this request belong to.',
      tag: 'auth',
      access: 'chat',
      responses: {
        200: { description: 'The caller.', schema: currentPrincipalSchema },
        ...problemResponses(401, 403),
      },
      async handler(ctx) {
        ctx.body = await currentPrincipal(store, requirePrincipal(ctx));
      },
    }),
  ];
}
