import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstStartBanner } from '../../cli/first-start-banner.js';
import { startServer } from '../../start-server.js';
import { callApi } from '../../testing/call-api.js';

describe('the first start of a data directory', () => {
  it('makes one secret key and the demo key; later starts reveal no secret', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'tessera-first-'));
    try {
      const first = await startServer({ dataDir, sampleDocsDir: null });
      const { secret, publishable } = first.keys;
      expect(secret).toMatch(/^tsk_/);
      expect(publishable).toMatch(/^tpk_/);
      expect(firstStartBanner(first.keys).join('\n')).toContain(secret);
      expect((await callApi(first.url, 'GET', '/v1/auth/me', { auth: secret! })).status).toBe(200);
      await first.close();

      const again = await startServer({ dataDir, sampleDocsDir: null });
      expect(again.keys).toEqual({ secret: undefined, publishable });
      const banner = firstStartBanner(again.keys).join('\n');
      expect(banner).not.toContain('tsk_');
      expect(banner).toContain('tessera keys create');
      const keys = await callApi<{ data: { name: string }[] }>(again.url, 'GET', '/v1/keys', {
        auth: secret!,
      });
      expect(keys.body.data.map((k) => k.name).sort()).toEqual(['Demo page', 'First secret key']);
      await again.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('wires the demo page to its key, allowed only for the server itself plus demoOrigins', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'tessera-first-'));
    const server = await startServer({
      dataDir,
      sampleDocsDir: null,
      demoOrigins: ['http://localhost:8000'],
    });
    try {
      const page = await (await fetch(`${server.url}/`)).text();
      expect(page).toContain(`<script src="/widget.js" data-key="${server.keys.publishable}"`);
      const me = (origin: string) =>
        callApi(server.url, 'GET', '/v1/auth/me', { auth: server.keys.publishable, origin });
      expect((await me(server.url)).status).toBe(200);
      expect((await me('http://localhost:8000')).status).toBe(200);
      expect((await me('http://localhost:8001')).status).toBe(403);
    } finally {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
