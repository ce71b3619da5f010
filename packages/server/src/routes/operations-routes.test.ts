import type Router from '@koa/router';
import { Validator as OpenApiValidator } from '@seriousme/openapi-schema-validator';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../adapters/sqlite/open-database.js';
import { sqliteReadiness } from '../adapters/sqlite/sqlite-readiness.js';
import { SqliteLexicalIndex } from '../adapters/sqlite/sqlite-lexical-index.js';
import { SqliteStore } from '../adapters/sqlite/sqlite-store.js';
import { createApp } from '../app.js';
import { toOpenApiPath } from '../http/openapi/build-openapi-document.js';
import { Validator } from '../http/validator.js';
import { bootstrap } from '../services/bootstrap.js';
import { memoryLogger } from '../testing/memory-logger.js';
import { fakeProvider, startPlatformServer } from '../testing/platform-server.js';
import { askBody, jsonWith } from '../testing/temp-server.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function server(options: Parameters<typeof startPlatformServer>[0] = {}) {
  const running = await startPlatformServer({ sampleDocs: false, ...options });
  closers.push(() => running.close());
  return running;
}

/** A bare `createApp` on SQLite in memory, listening; `db` is there to break. */
async function bareApp() {
  const db = openDatabase(':memory:');
  const store = new SqliteStore(db);
  const { assistant } = await bootstrap(store, null);
  const app = createApp({
    store,
    lexicalIndex: new SqliteLexicalIndex(db),
    provider: fakeProvider({ promptTokens: 0, completionTokens: 0 }).provider,
    validator: new Validator(),
    assistant,
    platform: { logger: memoryLogger().logger, readinessChecks: sqliteReadiness(db) },
  });
  const listening = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => listening.once('listening', resolve));
  closers.push(async () => {
    listening.closeAllConnections();
    await new Promise((resolve) => listening.close(resolve));
    if (db.open) db.close();
  });
  return { app, db, url: `http://127.0.0.1:${(listening.address() as { port: number }).port}` };
}

/** Every route the Koa app actually mounted, read from its router's layers. */
function mountedRoutes(app: ReturnType<typeof createApp>): { method: string; path: string }[] {
  const routers = app.middleware
    .map((middleware) => (middleware as { router?: Router }).router)
    .filter((router): router is Router => router !== undefined);
  expect(routers.length).toBeGreaterThan(0);
  return routers.flatMap((router) =>
    router.stack.flatMap((layer) =>
      layer.methods.filter((m) => m !== 'HEAD').map((method) => ({ method, path: String(layer.path) })),
    ),
  );
}

describe('GET /readyz', () => {
  it('is ready when the database answers and every migration ran', async () => {
    const { url } = await server();
    const response = await fetch(`${url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ready',
      checks: [
        { name: 'database', ok: true },
        { name: 'migrations', ok: true },
        { name: 'shutdown', ok: true },
      ],
    });
  });

  it('answers 503 naming the failed checks when the database is closed or behind', async () => {
    const { db, url: base } = await bareApp();
    const url = `${base}/readyz`;

    db.pragma('user_version = 1');
    const behind = await fetch(url);
    expect(behind.status).toBe(503);
    expect(((await behind.json()) as { detail: string }).detail).toMatch(
      /migrations: The database schema is at version 1/,
    );

    db.close();
    const closed = await fetch(url);
    expect(closed.status).toBe(503);
    const problem = (await closed.json()) as { code: string; detail: string };
    expect(problem.code).toBe('not_ready');
    expect(problem.detail).toContain('database: The SQLite database does not answer queries');
  });
});

describe('GET /metrics', () => {
  it('counts requests by route pattern, method and status, with latency, streams, tokens and the process', async () => {
    const { provider } = fakeProvider({ promptTokens: 12, completionTokens: 7 });
    const { url, secretKey } = await server({ provider, sampleDocs: true });
    await fetch(`${url}/healthz`);
    await fetch(`${url}/healthz`);
    await fetch(`${url}/v1/keys/key_unknown`, { method: 'DELETE', headers: jsonWith(secretKey) });
    await fetch(`${url}/v1/no/such/route`);
    const chat = await fetch(`${url}/v1/chat`, {
      method: 'POST',
      headers: jsonWith(secretKey),
      body: askBody('What is Tessera?'),
    });
    await chat.text();
    await new Promise((resolve) => setTimeout(resolve, 20));

    const response = await fetch(`${url}/metrics`);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toContain('tessera_http_requests_total{method="GET",route="/healthz",status="200"} 2');
    expect(text).toMatch(
      /tessera_http_requests_total\{method="DELETE",route="\/v1\/keys\/:id",status="404"\} 1/,
    );
    expect(text).toContain('tessera_http_requests_total{method="GET",route="unmatched",status="404"} 1');
    expect(text).toContain('tessera_http_requests_total{method="POST",route="/v1/chat",status="200"} 1');
    expect(text).toMatch(
      /tessera_http_request_duration_seconds_bucket\{le="0.05",method="GET",route="\/healthz",status="200"\} 2/,
    );
    expect(text).toContain('tessera_sse_streams_active 0');
    expect(text).toMatch(/tessera_provider_answer_duration_seconds_count\{provider="fake",outcome="ok"\} 1/);
    expect(text).toContain('tessera_llm_tokens_total{provider="fake",model="fake-model-1",kind="prompt"} 12');
    expect(text).toContain(
      'tessera_llm_tokens_total{provider="fake",model="fake-model-1",kind="completion"} 7',
    );
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('nodejs_eventloop_lag_seconds');
  });

  it('keeps one registry per app, so apps in one process do not mix their counts', async () => {
    const one = await server();
    const two = await server();
    await fetch(`${one.url}/healthz`);
    const text = await (await fetch(`${two.url}/metrics`)).text();
    expect(text).not.toContain('route="/healthz"');
  });
});

describe('GET /openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const { url } = await server();
    const document = (await (await fetch(`${url}/openapi.json`)).json()) as Record<string, unknown>;
    const validator = new OpenApiValidator();
    const result = await validator.validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('documents every route the app mounted, with its method', async () => {
    const { app, url } = await bareApp();
    const document = (await (await fetch(`${url}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const mounted = mountedRoutes(app);
    expect(mounted.length).toBeGreaterThan(20);
    for (const { method, path } of mounted) {
      expect(document.paths[toOpenApiPath(path)]?.[method.toLowerCase()], `${method} ${path}`).toBeDefined();
    }
  });

  it('writes shared schemas once, as components, and refers to them', async () => {
    const { url } = await server();
    const document = (await (await fetch(`${url}/openapi.json`)).json()) as {
      paths: Record<
        string,
        Record<string, { requestBody?: unknown; responses: Record<string, unknown>; security?: unknown[] }>
      >;
      components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
    };
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(['ProblemDetails', 'ChatRequest', 'UIMessage']),
    );
    const chat = document.paths['/v1/chat']!['post']!;
    expect(chat.requestBody).toEqual({
      required: true,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ChatRequest' } } },
    });
    expect(chat.responses['400']).toEqual({
      description: expect.any(String),
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
    });
    expect(chat.responses['429']).toMatchObject({ headers: { 'Retry-After': expect.any(Object) } });
    expect(chat.security).toEqual([{ apiKey: [] }, { accessToken: [] }]);
    expect(document.paths['/healthz']!['get']!.security).toEqual([]);
    expect(JSON.stringify(document)).not.toContain('"$id"');
    expect(document.paths['/v1/keys/{id}']).toBeDefined();
  });
});
