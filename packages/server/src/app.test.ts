import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { UIMessageChunk } from '@tessera/core';
import { openDatabase } from './adapters/sqlite/open-database.js';
import { SqliteLexicalIndex } from './adapters/sqlite/sqlite-lexical-index.js';
import { SqliteStore } from './adapters/sqlite/sqlite-store.js';
import { createApp } from './app.js';
import { Validator } from './http/validator.js';
import type { AnswerInput, LlmProvider } from './ports/llm-provider.js';
import { bootstrap } from './services/bootstrap.js';
import { ANSWER_FAILED_TEXT } from './services/chat/stream-chat.js';
import { ensureFirstStartKeys } from './services/keys/first-start-keys.js';
import { askBody, jsonWith, readSse } from './testing/temp-server.js';
import { createLogger } from './observability/create-logger.js';

const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** The real app over real HTTP, with a provider and widget bundle chosen by the test. */
async function serve(provider?: LlmProvider, widgetBundlePath?: string) {
  const dir = await mkdtemp(join(tmpdir(), 'tessera-app-'));
  const db = openDatabase(join(dir, 'tessera.db'));
  const store = new SqliteStore(db);
  const { workspace, assistant } = await bootstrap(store);
  const keys = await ensureFirstStartKeys(store, workspace.id);
  const errors: unknown[] = [];
  const app = createApp({
    store,
    lexicalIndex: new SqliteLexicalIndex(db),
    provider: provider ?? { name: 'silent', async *streamAnswer() {} },
    validator: new Validator(),
    assistant,
    ...(widgetBundlePath ? { widgetBundlePath } : {}),
    onError: (error) => errors.push(error),
    checkResponses: true,
    // The failures these tests provoke are asserted through onError; their logs would be noise.
    platform: { logger: createLogger({ level: 'silent' }) },
  });
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  closers.push(
    () => new Promise<void>((resolve) => server.close(() => resolve())),
    () => db.close(),
  );
  closers.unshift(() => server.closeAllConnections());
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    errors,
    dir,
    secretKey: keys.secretKey!,
    demoKey: keys.demoKey,
  };
}

describe('the app', () => {
  it('answers /healthz', async () => {
    const { url } = await serve();
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers unknown routes with 404 problem+json that names the method and path', async () => {
    const { url } = await serve();
    const response = await fetch(`${url}/v1/nothing-here?x=1`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await response.json()) as { detail: string; instance: string; status: number };
    expect(problem).toMatchObject({ status: 404, instance: '/v1/nothing-here' });
    expect(problem.detail).toContain('GET /v1/nothing-here');
  });

  it('answers a known route with the wrong method with 405 problem+json and Allow', async () => {
    const { url } = await serve();
    const response = await fetch(`${url}/v1/chat`);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toContain('POST');
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('keeps a plain caller request id and replaces a hostile one', async () => {
    const { url } = await serve();
    const kept = await fetch(`${url}/healthz`, { headers: { 'x-request-id': 'abc-123' } });
    expect(kept.headers.get('x-request-id')).toBe('abc-123');
    const replaced = await fetch(`${url}/healthz`, { headers: { 'x-request-id': 'a b<script>' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the demo page with a strict CSP and the script tag wired to the demo key', async () => {
    const { url, demoKey } = await serve();
    const response = await fetch(`${url}/`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await response.text();
    expect(html).toContain(`<script src="/widget.js" data-key="${demoKey}" async></script>`);
    expect(html).toContain(`<tessera-chat api-key="${demoKey}" mode="inline"`);
  });

  it('serves the widget bundle as JavaScript, or a 404 that says how to build it', async () => {
    const missing = await serve();
    const notBuilt = await fetch(`${missing.url}/widget.js`);
    expect(notBuilt.status).toBe(404);
    expect(((await notBuilt.json()) as { detail: string }).detail).toContain('npm run build');

    const bundle = join(missing.dir, 'widget.js');
    await writeFile(bundle, 'console.log("widget")');
    const built = await serve(undefined, bundle);
    const response = await fetch(`${built.url}/widget.js`);
    expect(response.headers.get('content-type')).toContain('text/javascript');
    expect(await response.text()).toBe('console.log("widget")');
  });

  it('serves the widget chunks the loader imports, cross-origin and cached forever, and nothing else', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tessera-bundle-'));
    await mkdir(join(dir, 'widget', 'locales'), { recursive: true });
    await writeFile(join(dir, 'widget.js'), '/* loader */');
    await writeFile(join(dir, 'widget', 'tessera-chat-ABC123.js'), 'export const chat = 1;');
    await writeFile(join(dir, 'widget', 'locales', 'fr-XYZ.js'), 'export default {};');
    await writeFile(join(dir, 'secret.txt'), 'do not serve');
    const { url } = await serve(undefined, join(dir, 'widget.js'));

    const chunk = await fetch(`${url}/widget/tessera-chat-ABC123.js`);
    expect(chunk.status).toBe(200);
    expect(chunk.headers.get('content-type')).toContain('text/javascript');
    expect(chunk.headers.get('cache-control')).toContain('immutable');
    expect(chunk.headers.get('access-control-allow-origin')).toBe('*');
    expect(await chunk.text()).toBe('export const chat = 1;');
    expect((await fetch(`${url}/widget/locales/fr-XYZ.js`)).status).toBe(200);

    for (const path of [
      '/widget/missing.js',
      '/widget/..%2Fsecret.txt',
      '/widget/secret.txt',
      '/widget/locales/..%2F..%2Fsecret.txt',
    ]) {
      const response = await fetch(url + path);
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.status, path).toBeLessThan(500);
      expect(await response.text(), path).not.toContain('do not serve');
    }
  });

  it('answers CORS preflights for any origin, since preflights carry no credentials', async () => {
    const { url } = await serve();
    const response = await fetch(`${url}/v1/chat`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://host.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type, x-tessera-user-token',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://host.example');
    expect(response.headers.get('access-control-allow-headers')).toContain('x-tessera-user-token');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('vary')).toContain('Origin');
  });

  it('ends a stream that fails mid-answer with a masked error part, keeping what was sent', async () => {
    const failing: LlmProvider = {
      name: 'failing',
      async *streamAnswer() {
        yield 'Partial ';
        throw new Error('upstream exploded: secret-token-123');
      },
    };
    const { url, errors, secretKey } = await serve(failing);
    const response = await fetch(`${url}/v1/chat`, {
      method: 'POST',
      headers: jsonWith(secretKey),
      body: askBody('What is Tessera?'),
    });
    expect(response.status).toBe(200);
    const events = await readSse(response);
    expect(events.at(-1)).toBe('[DONE]');
    const parts = events.slice(0, -1) as UIMessageChunk[];
    expect(parts.map((p) => p.type).slice(-4)).toEqual(['text-start', 'text-delta', 'text-end', 'error']);
    expect(parts.at(-1)).toEqual({ type: 'error', errorText: ANSWER_FAILED_TEXT });
    expect(JSON.stringify(events)).not.toContain('secret-token-123');
    expect(errors).toHaveLength(1);
  });

  it('aborts the provider as soon as the client disconnects', async () => {
    let seen: AnswerInput | undefined;
    let resolveAborted: () => void = () => {};
    const aborted = new Promise<void>((resolve) => (resolveAborted = resolve));
    const endless: LlmProvider = {
      name: 'endless',
      async *streamAnswer(input) {
        seen = input;
        input.signal.addEventListener('abort', () => resolveAborted());
        while (!input.signal.aborted) {
          yield 'word ';
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      },
    };
    const { url, secretKey } = await serve(endless);
    await new Promise<void>((resolve, reject) => {
      const req = request(`${url}/v1/chat`, { method: 'POST', headers: jsonWith(secretKey) }, (res) => {
        res.once('data', () => {
          res.destroy();
          resolve();
        });
      });
      req.on('error', reject);
      req.end(askBody('What is Tessera?'));
    });
    await aborted;
    expect(seen?.signal.aborted).toBe(true);
  });
});
