import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../adapters/sqlite/open-database.js';
import { SqliteLexicalIndex } from '../adapters/sqlite/sqlite-lexical-index.js';
import { SqliteStore } from '../adapters/sqlite/sqlite-store.js';
import { createApp } from '../app.js';
import { Validator } from '../http/validator.js';
import type { Store } from '../ports/store.js';
import { bootstrap } from '../services/bootstrap.js';
import { ensureFirstStartKeys } from '../services/keys/first-start-keys.js';
import { memoryLogger } from '../testing/memory-logger.js';
import { fakeProvider, startPlatformServer } from '../testing/platform-server.js';
import { askBody, jsonWith } from '../testing/temp-server.js';
import { createLogger } from './create-logger.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('logs', () => {
  it('carry the request id on every line and one access line per request, without secrets or bodies', async () => {
    const server = await startPlatformServer();
    closers.push(() => server.close());
    const secretWords = 'my-private-question-about-salaries';
    const response = await fetch(`${server.url}/v1/chat`, {
      method: 'POST',
      headers: jsonWith(server.secretKey, {
        cookie: 'session=cookie-secret-123',
        'x-tessera-user-token': 'user-token-secret-456',
      }),
      body: askBody(`What is Tessera? ${secretWords}`),
    });
    await response.text();
    await fetch(`${server.url}/healthz?token=query-secret-789`);
    await settle();

    const requestId = response.headers.get('x-request-id');
    const lines = server.log.lines().filter((line) => 'requestId' in line);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    const access = lines.filter((line) => line['msg'] === 'request');
    expect(access).toEqual([
      expect.objectContaining({
        requestId,
        method: 'POST',
        route: '/v1/chat',
        path: '/v1/chat',
        status: 200,
        durationMs: expect.any(Number),
        bytes: expect.any(Number),
        completed: true,
      }),
      expect.objectContaining({ method: 'GET', route: '/healthz', path: '/healthz', status: 200 }),
    ]);
    expect(access[0]!['bytes']).toBeGreaterThan(500);
    const text = server.log.text();
    for (const secret of [
      server.secretKey,
      'cookie-secret-123',
      'user-token-secret-456',
      secretWords,
      'query-secret-789',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('redact credential headers wherever a logged object holds them', () => {
    const chunks: string[] = [];
    const logger = createLogger({ destination: { write: (line: string) => chunks.push(line) } });
    logger.info({
      req: {
        headers: {
          authorization: 'Bearer tsk_secret',
          cookie: 'a=b',
          'x-tessera-user-token': 'jwt',
          accept: '*/*',
        },
      },
    });
    const [line] = chunks.map((chunk) => JSON.parse(chunk) as { req: { headers: Record<string, string> } });
    expect(line!.req.headers).toEqual({
      authorization: '[redacted]',
      cookie: '[redacted]',
      'x-tessera-user-token': '[redacted]',
      accept: '*/*',
    });
  });

  it('log an unexpected error once, with its stack and request id, and answer a masked 500', async () => {
    const db = openDatabase(':memory:');
    const real = new SqliteStore(db);
    const { workspace, assistant } = await bootstrap(real, null);
    const keys = await ensureFirstStartKeys(real, workspace.id);
    // A store whose assistant lookup fails, as a broken database would.
    const store = new Proxy(real, {
      get(target, property: keyof Store) {
        if (property === 'listAssistants')
          return () => Promise.reject(new Error('disk I/O error at /var/secret'));
        const value = target[property];
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const log = memoryLogger();
    const errors: unknown[] = [];
    const app = createApp({
      store,
      lexicalIndex: new SqliteLexicalIndex(db),
      provider: fakeProvider({ promptTokens: 0, completionTokens: 0 }).provider,
      validator: new Validator(),
      assistant,
      onError: (error) => errors.push(error),
      platform: { logger: log.logger },
    });
    const listening = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => listening.once('listening', resolve));
    closers.push(async () => {
      await new Promise((resolve) => listening.close(resolve));
      db.close();
    });
    const url = `http://127.0.0.1:${(listening.address() as { port: number }).port}`;
    const response = await fetch(`${url}/v1/chat`, {
      method: 'POST',
      headers: jsonWith(keys.secretKey!),
      body: askBody('Hello?'),
    });
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain('/var/secret');
    await settle();
    const failures = log.lines().filter((line) => line['level'] === 50);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({
      requestId: response.headers.get('x-request-id'),
      msg: 'Unexpected error.',
      err: {
        message: 'disk I/O error at /var/secret',
        stack: expect.stringContaining('Error: disk I/O error'),
      },
    });
    expect(errors).toHaveLength(1);
  });
});
