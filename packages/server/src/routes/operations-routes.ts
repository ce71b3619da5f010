import { problemDetailsSchema } from '@tessera/core';
import type { AppDeps } from '../app-deps.js';
import { buildOpenApiDocument } from '../http/openapi/build-openapi-document.js';
import type { JsonObject } from '../http/openapi/schema-components.js';
import { isRateLimited } from '../http/platform-route-hooks.js';
import { ProblemError } from '../http/problem-error.js';
import { requestLog } from '../http/request-state.js';
import { defineRoute, type AnyRouteSpec } from '../http/route.js';
import { platformOf } from '../platform-deps.js';
import { checkReadiness } from '../services/readiness.js';

const readySchema = {
  type: 'object',
  properties: {
    status: { const: 'ready' },
    checks: {
      type: 'array',
      items: {
        type: 'object',
        properties: { name: { type: 'string' }, ok: { const: true } },
        required: ['name', 'ok'],
        additionalProperties: false,
      },
    },
  },
  required: ['status', 'checks'],
  additionalProperties: false,
} as const;

const problem = {
  description: 'Not ready; the detail names each failed check.',
  schema: problemDetailsSchema,
};

/**
 * `GET /readyz`, `GET /metrics` and `GET /openapi.json`. `routes` returns the app's whole route list
 * (this one included), read when the document is first asked for.
 */
export function operationsRoutes(deps: AppDeps, routes: () => readonly AnyRouteSpec[]): AnyRouteSpec[] {
  const platform = platformOf(deps);
  let openApi: JsonObject | undefined;
  return [
    defineRoute({
      method: 'GET',
      path: '/readyz',
      operationId: 'operations.ready',
      summary: 'The server can take traffic: database reachable, migrations applied, not stopping.',
      tag: 'operations',
      access: 'public',
      responses: { 200: { description: 'Ready.', schema: readySchema }, 503: problem },
      async handler(ctx) {
        const report = await checkReadiness(platform.readinessChecks);
        if (!report.ready) {
          const failed = report.checks.filter((c) => !c.ok).map((c) => `${c.name}: ${c.detail}`);
          requestLog(ctx, platform.logger).warn({ failed }, 'Not ready.');
          throw new ProblemError(503, `Not ready. ${failed.join(' ')}`, { code: 'not_ready' });
        }
        ctx.body = { status: 'ready', checks: report.checks.map(({ name }) => ({ name, ok: true })) };
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/metrics',
      operationId: 'operations.metrics',
      summary: 'Prometheus metrics: requests, latency, open streams, provider latency and errors, tokens.',
      tag: 'operations',
      access: 'public',
      responses: { 200: { description: 'Prometheus text exposition format.', contentType: 'text/plain' } },
      async handler(ctx) {
        ctx.type = platform.metrics.registry.contentType;
        ctx.body = await platform.metrics.registry.metrics();
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/openapi.json',
      operationId: 'operations.openapi',
      summary: 'This API as an OpenAPI 3.1 document.',
      tag: 'operations',
      access: 'public',
      responses: { 200: { description: 'The OpenAPI document.', contentType: 'application/json' } },
      handler(ctx) {
        openApi ??= buildOpenApiDocument(routes(), { isRateLimited });
        ctx.set('cache-control', 'no-cache');
        ctx.body = openApi;
      },
    }),
  ];
}
