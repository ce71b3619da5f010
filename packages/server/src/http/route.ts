import type Router from '@koa/router';
import type { RouterContext, RouterMiddleware } from '@koa/router';
import { koaBody } from 'koa-body';
import type { Middleware } from 'koa';
import type { Access, Principal } from './auth/principal.js';
import { limitJsonDepth } from './json-depth.js';
import { multipartUpload, type UploadedFile, type UploadSpec } from './multipart-upload.js';
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
  input: {
    body: Body;
    query: Query;
    params: Params;
    /** The file of a `multipart/form-data` request, on routes with `upload`; `body` then holds its other fields. */
    file?: UploadedFile;
  };
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
  /**
   * The path parameter that names an assistant, on routes publishable keys may call: such a key
   * reaches only its own assistant, and any other id answers 404 as if it did not exist.
   */
  assistantParam?: string;
  /** JSON Schemas (2020-12) from `@tessera/core`. `params` and `query` are coerced from strings. */
  params?: object;
  query?: object;
  body?: object;
  /** Largest accepted JSON body; defaults to 100 kB. */
  bodyLimit?: string;
  /**
   * Also accept `multipart/form-data` with one file (JSON still goes through `body`). The form's
   * other fields are validated against `upload.fields` and handed over as `input.body`.
   */
  upload?: UploadSpec;
  /**
   * Deadline in ms, from arrival to answer; defaults to `TESSERA_REQUEST_TIMEOUT_MS`. For an answer
   * streamed over SSE it is the longest silence allowed between two parts instead.
   */
  timeoutMs?: number;
  /** Whether the rate limits apply; defaults to true under `/v1/` and false elsewhere. */
  rateLimit?: boolean;
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

/**
 * Refuses callers that `access` does not admit: 401 without (valid) credentials, 403 without the
 * right, 404 for a publishable key asking for another assistant than its own.
 */
export function authorize(access: Access, options: { assistantParam?: string | undefined } = {}): Middleware {
  return async (ctx, next) => {
    if (access !== 'public') {
      // Credentials refused by the authentication middleware (bad key, origin, token) fail here.
      const refusal = ctx.state['authError'] as ProblemError | undefined;
      if (refusal) throw refusal;
      const auth = ctx.state['auth'] as Principal | undefined;
      if (!auth) {
        throw new ProblemError(
          401,
          'This route needs credentials: send "authorization: Bearer <key or access token>".',
          { code: 'unauthenticated', headers: { 'www-authenticate': 'Bearer' } },
        );
      }
      if (access !== 'chat') assertRole(auth, access);
      if (auth.kind === 'publishable-key' && options.assistantParam) {
        assertOwnAssistant(
          auth.assistantId,
          (ctx as unknown as { params: Record<string, string> }).params[options.assistantParam],
        );
      }
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

function assertOwnAssistant(own: string, requested: string | undefined): void {
  if (requested !== own) {
    throw new ProblemError(
      404,
      'No assistant with that id is available to this key; publishable keys reach only their own.',
      {
        code: 'not_found',
      },
    );
  }
}

/** What the app adds around every route. */
export interface MountOptions {
  /** Middleware run first on each route, given its spec: route label, deadline, rate limit. */
  before?: (spec: AnyRouteSpec) => Middleware[];
  /** Deepest nesting accepted in JSON bodies; unlimited when unset. */
  maxJsonDepth?: number;
  /**
   * Checks every JSON answer against the route's declared response schema and fails loudly (500
   * `response_schema_mismatch`) when they differ. Tests turn it on, so the whole suite proves that
   * answers follow the schemas; production leaves it off.
   */
  checkResponses?: boolean;
}

/** Fails when a JSON body does not match the schema the route declares for its status. */
function checkResponse(
  spec: AnyRouteSpec,
  ctx: { status: number; body: unknown },
  validator: Validator,
): void {
  const schema = spec.responses[ctx.status]?.schema;
  const body = ctx.body;
  if (!schema || body === null || typeof body !== 'object' || Buffer.isBuffer(body) || 'pipe' in body) return;
  const validate = validator.compile(schema);
  if (!validate(body)) {
    throw new ProblemError(
      500,
      `${spec.method} ${spec.path} answered ${ctx.status} with a body that breaks its schema: ${JSON.stringify(validate.errors)}`,
      { code: 'response_schema_mismatch' },
    );
  }
}

/** Runs middleware in order, as one. */
function compose(chain: Middleware[]): Middleware {
  return (ctx, next) => {
    const run = (i: number): Promise<unknown> =>
      Promise.resolve(i < chain.length ? chain[i]!(ctx, () => run(i + 1)) : next());
    return run(0);
  };
}

/** Mounts routes on a router: access check, JSON body parsing with a limit, validation, handler. */
export function mountRoutes(
  router: Router,
  routes: readonly AnyRouteSpec[],
  validator: Validator,
  options: MountOptions = {},
): void {
  for (const spec of routes) {
    const stack: Middleware[] = [
      ...(options.before?.(spec) ?? []),
      authorize(spec.access, { assistantParam: spec.assistantParam }),
    ];
    if (spec.body) {
      const json: Middleware[] = [
        requireJson(),
        koaBody({ jsonLimit: spec.bodyLimit ?? '100kb', text: false, urlencoded: false }),
      ];
      if (options.maxJsonDepth !== undefined) json.push(limitJsonDepth(options.maxJsonDepth));
      if (spec.upload) {
        const multipart = multipartUpload(spec.upload);
        const jsonChain = compose(json);
        stack.push((ctx, next) =>
          ctx.is('multipart/form-data') ? multipart(ctx, next) : jsonChain(ctx, next),
        );
      } else {
        stack.push(...json);
      }
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
        body: undefined,
      };
      const upload = ctx.state['upload'] as UploadedFile | undefined;
      if (upload && spec.upload) {
        routeCtx.input.body = validator.assertCoerced(spec.upload.fields, ctx.request.body, 'The form');
        routeCtx.input.file = upload;
      } else if (spec.body) {
        routeCtx.input.body = validator.assert(spec.body, ctx.request.body);
      }
      routeCtx.auth = ctx.state['auth'] as Principal | undefined;
      await spec.handler(routeCtx);
      if (options.checkResponses) checkResponse(spec, ctx, validator);
    });
    // @koa/router bundles its own Koa context types, which differ from @types/koa's in name only.
    router.register(spec.path, [spec.method], stack as unknown as RouterMiddleware[]);
  }
}
