import type Router from '@koa/router';
import type { RouterContext, RouterMiddleware } from '@koa/router';
import { koaBody } from 'koa-body';
import type { Middleware } from 'koa';
import type { Access, Principal } from './auth/principal.js';
import { ProblemError } from './problem-error.js';
import { requireJson } from './require-json.js';
import type { Validator } from './validator.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One documented response of a route, for the OpenAPI document. */
export interface RouteResponse {
  description: string;
  /** JSON Schema of the body; omitted for bodies that are not JSON or empty. */
  schema?: object;
  /** Defaults to `application/json` when a schema is given. */
  contentType?: string;
}

/** What a handler receives: the Koa context plus the validated input and the caller. */
export type RouteContext<Body, Query, Params> = RouterContext & {
  input: { body: Body; query: Query; params: Params };
  /** The caller; `undefined` only on `public` routes. */
  auth: Principal | undefined;
};

/**
 * A route, declared once: the same object mounts the handler with its validation and access check,
 * and becomes an operation in `/openapi.json`. Handlers stay thin: read `ctx.input`, call a service,
 * set `ctx.body`.
 */
export interface RouteSpec<Body = unknown, Query = Record<string, unknown>, Params = Record<string, string>> {
  method: HttpMethod;
  /** Koa-router path, e.g. `/v1/keys/:id`. */
  path: string;
  operationId: string;
  summary: string;
  /** Groups operations in the OpenAPI document, e.g. `chat`, `keys`. */
  tag: string;
  access: Access;
  /** JSON Schemas (2020-12) from `@tessera/core`. `params` and `query` are coerced from strings. */
  params?: object;
  query?: object;
  body?: object;
  /** Largest accepted JSON body; defaults to 100 kB. */
  bodyLimit?: string;
  responses: Record<number, RouteResponse>;
  handler: (ctx: RouteContext<Body, Query, Params>) => unknown;
}

/** Any route, whatever its input types; what registries and the OpenAPI builder hold. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- variance: handlers differ in input types
export type AnyRouteSpec = RouteSpec<any, any, any>;

/** Declares a route with its input types inferred from the handler's use. */
export function defineRoute<Body = unknown, Query = Record<string, unknown>, Params = Record<string, string>>(
  spec: RouteSpec<Body, Query, Params>,
): RouteSpec<Body, Query, Params> {
  return spec;
}

/** Refuses callers that `access` does not admit: 401 without credentials, 403 without the right. */
export function authorize(access: Access): Middleware {
  return async (ctx, next) => {
    if (access !== 'public') {
      const auth = ctx.state['auth'] as Principal | undefined;
      if (!auth) {
        throw new ProblemError(
          401,
          'This route needs credentials: send "authorization: Bearer <key or access token>".',
          { code: 'unauthenticated', headers: { 'www-authenticate': 'Bearer' } },
        );
      }
      if (access !== 'chat') assertRole(auth, access);
    }
    await next();
  };
}

const RANK = { viewer: 0, editor: 1, admin: 2, owner: 3 } as const;

function assertRole(auth: Principal, needed: Exclude<Access, 'public' | 'chat'>): void {
  if (auth.kind === 'secret-key') return;
  if (auth.kind === 'publishable-key') {
    throw new ProblemError(
      403,
      'Publishable keys can only chat; use a secret key or sign in for this route.',
      {
        code: 'forbidden',
      },
    );
  }
  if (RANK[auth.role] < RANK[needed]) {
    throw new ProblemError(403, `This route needs the ${needed} role or higher; you are ${auth.role}.`, {
      code: 'forbidden',
    });
  }
}

/** Mounts routes on a router: access check, JSON body parsing with a limit, validation, handler. */
export function mountRoutes(router: Router, routes: readonly AnyRouteSpec[], validator: Validator): void {
  for (const spec of routes) {
    const stack: Middleware[] = [authorize(spec.access)];
    if (spec.body) {
      stack.push(
        requireJson(),
        koaBody({ jsonLimit: spec.bodyLimit ?? '100kb', text: false, urlencoded: false }),
      );
    }
    stack.push(async (ctx) => {
      const routeCtx = ctx as unknown as RouteContext<unknown, unknown, unknown>;
      routeCtx.input = {
        params: spec.params
          ? validator.assertCoerced(spec.params, { ...ctx['params'] }, 'The path')
          : ctx['params'],
        query: spec.query
          ? validator.assertCoerced(spec.query, { ...ctx.query }, 'The query string')
          : ctx.query,
        body: spec.body ? validator.assert(spec.body, ctx.request.body) : undefined,
      };
      routeCtx.auth = ctx.state['auth'] as Principal | undefined;
      await spec.handler(routeCtx);
    });
    // @koa/router bundles its own Koa context types, which differ from @types/koa's in name only.
    router.register(spec.path, [spec.method], stack as unknown as RouterMiddleware[]);
  }
}
