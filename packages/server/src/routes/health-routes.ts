import { defineRoute } from '../http/route.js';

const healthSchema = {
  type: 'object',
  properties: { status: { const: 'ok' } },
  required: ['status'],
  additionalProperties: false,
} as const;

/** `GET /healthz`: the process is up and serving HTTP. */
export function healthRoutes() {
  return [
    defineRoute({
      method: 'GET',
      path: '/healthz',
      operationId: 'health.live',
      summary: 'The process is up.',
      tag: 'operations',
      access: 'public',
      responses: { 200: { description: 'Up.', schema: healthSchema } },
      handler(ctx) {
        ctx.set('cache-control', 'no-store');
        ctx.body = { status: 'ok' };
      },
    }),
  ];
}
