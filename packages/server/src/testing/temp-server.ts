import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer, type StartServerOptions } from '../start-server.js';

/**
 * A real server on an ephemeral port with a throw-away data directory; `close()` removes both.
 * `secretKey` and `publishableKey` are the keys of its first start (the publishable one allows only
 * the server's own origin, plus `demoOrigins`).
 */
export async function startTempServer(
  options: Omit<StartServerOptions, 'dataDir'> = {},
): Promise<RunningServer & { dataDir: string; secretKey: string; publishableKey: string }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tessera-test-'));
  // Every answer in the suite is checked against its route's schema.
  const running = await startServer({ dataDir, checkResponses: true, ...options });
  return {
    ...running,
    dataDir,
    // A fresh data directory always has a first start, so the secret key is there.
    secretKey: running.keys.secret!,
    publishableKey: running.keys.publishable,
    async close(graceMs?: number) {
      await running.close(graceMs);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Reads a UI message stream response into its parsed parts, keeping `[DONE]` as a string. */
export async function readSse(response: Response): Promise<unknown[]> {
  const text = await response.text();
  return text
    .split('\n\n')
    .filter((event) => event.length > 0)
    .map((event) => {
      if (!event.startsWith('data: ')) throw new Error(`Not an SSE data event: ${event}`);
      const data = event.slice('data: '.length);
      return data === '[DONE]' ? data : (JSON.parse(data) as unknown);
    });
}

/** A chat request body asking one question. */
export function askBody(text: string): string {
  return JSON.stringify({
    id: 'conv-1',
    messages: [{ id: 'm1', role: 'user', parts: [{ type: 'text', text }] }],
  });
}

export const JSON_HEADERS = { 'content-type': 'application/json' };

/** Headers that authenticate with `key` (a `tsk_`/`tpk_` key or an access token), plus any others. */
export function bearer(key: string, headers: Record<string, string> = {}): Record<string, string> {
  return { authorization: `Bearer ${key}`, ...headers };
}

/** JSON headers authenticated with `key`. */
export const jsonWith = (key: string, headers: Record<string, string> = {}) =>
  bearer(key, { ...JSON_HEADERS, ...headers });
