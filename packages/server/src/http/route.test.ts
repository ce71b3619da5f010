import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import Router from '@koa/router';
import Koa from 'koa';
import { afterEach, describe, expect, it } from 'vitest';
import { problemMiddleware } from './problem-middleware.js';
import { defineRoute, mountRoutes } from './route.js';
import { Validator } from './validator.js';

const servers: { close: () => void }[] = [];
afterEach(() => servers.splice(0).forEach((server) => server.close()));

async function serveRoute(body: unknown, checkResponses: boolean) {
  const app = new Koa();
  app.use(problemMiddleware());
  const router = new Router();
  const route = defineRoute({
    method: 'GET',
    path: '/thing',
    operationId: 'thing.get',
    summary: 'A thing.',
    tag: 'test',
    access: 'public',
    responses: {
      200: {
        description: 'The thing.',
        schema: {
          type: 'object',
          properties: { name: { type: 'string' } },
          required: ['name'],
          additionalProperties: false,
        },
      },
    },
    handler(ctx) {
      ctx.body = body;
    },
  });
  mountRoutes(router, [route], new Validator(), { checkResponses });
  app.use(router.routes());
  app.on('error', () => {});
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/thing`;
}

describe('mountRoutes with checkResponses', () => {
  it('lets an answer that follows its schema through', async () => {
    const response = await fetch(await serveRoute({ name: 'ok' }, true));
    expect(response.status).toBe(200);
  });

  it('fails loudly when an answer breaks its schema', async () => {
    const response = await fetch(await serveRoute({ name: 1, extra: true }, true));
    expect(response.status).toBe(500);
    const problem = (await response.json()) as { code: string; detail: string };
    expect(problem.code).toBe('response_schema_mismatch');
    expect(problem.detail).toContain('GET /thing');
  });

  it('does not check in production', async () => {
    const response = await fetch(await serveRoute({ name: 1 }, false));
    expect(response.status).toBe(200);
  });
});
