import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../testing/call-api.js';
import { SEED_ORIGIN, seedWorkspaces, type SeededWorkspace } from '../testing/seed-workspaces.js';
import { askBody, startTempServer } from '../testing/temp-server.js';

let server: Awaited<ReturnType<typeof startTempServer>>;
let one: SeededWorkspace;
beforeAll(async () => {
  server = await startTempServer();
  [one] = await seedWorkspaces(server.dataDir);
});
afterAll(() => server.close());

const me = (auth: string, origin?: string) =>
  callApi(server.url, 'GET', '/v1/auth/me', { auth, ...(origin ? { origin } : {}) });

describe('publishable keys and browser origins', () => {
  it('allows a listed origin and lets it read the answer', async () => {
    const response = await me(one.keys.publishable.key, SEED_ORIGIN);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(SEED_ORIGIN);
    expect(response.headers.get('access-control-expose-headers')).toContain('x-request-id');
    expect(response.headers.get('vary')).toContain('Origin');
  });

  it('refuses any other origin with 403 problem+json that the page can read', async () => {
    const response = await me(one.keys.publishable.key, 'https://evil.example');
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body['detail']).toContain('https://evil.example is not allowed');
    expect(response.headers.get('access-control-allow-origin')).toBe('https://evil.example');
  });

  it('allows nothing from browsers when the list is empty, but still serves servers', async () => {
    const { key } = await server.createKey({ type: 'publishable', allowedOrigins: [] });
    expect((await me(key, SEED_ORIGIN)).status).toBe(403);
    expect((await me(key, server.url)).status).toBe(403);
    expect((await me(key)).status).toBe(200);
  });

  it("matches 'self' to the server's own origin only", async () => {
    expect((await me(server.publishableKey, server.url)).status).toBe(200);
    expect((await me(server.publishableKey, 'http://localhost:1')).status).toBe(403);
    expect((await me(server.publishableKey, 'null')).status).toBe(403);
  });

  it('allows server-side use without an Origin header', async () => {
    const response = await me(one.keys.publishable.key);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a revoked publishable key with 401 even from an allowed origin', async () => {
    expect((await me(one.keys.revokedPublishable.key, SEED_ORIGIN)).status).toBe(401);
  });

  it('chats from an allowed origin and is refused from another before any answer starts', async () => {
    const chat = (origin: string) =>
      fetch(`${server.url}/v1/chat`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${one.keys.publishable.key}`,
          'content-type': 'application/json',
          origin,
        },
        body: askBody('What is Tessera?'),
      });
    const allowed = await chat(SEED_ORIGIN);
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(SEED_ORIGIN);
    await allowed.text();
    const refused = await chat('https://evil.example');
    expect(refused.status).toBe(403);
  });
});

describe('secret keys in browsers', () => {
  it('are refused with a 403 that says secret keys must stay on servers', async () => {
    const response = await me(one.keys.secret.key, SEED_ORIGIN);
    expect(response.status).toBe(403);
    expect(response.body['detail']).toContain('Secret keys must stay on servers');
    expect(response.body['code']).toBe('secret_key_in_browser');
  });

  it('work from servers (no Origin) without CORS headers', async () => {
    const response = await me(one.keys.secret.key);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('user sessions from other origins', () => {
  it('are answered, but no foreign page may read the answer', async () => {
    const response = await me(one.users.viewer.accessToken, 'https://elsewhere.example');
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('preflights', () => {
  it('are answered for /v1 from any origin, and not at all outside /v1', async () => {
    const preflight = (path: string) =>
      fetch(server.url + path, {
        method: 'OPTIONS',
        headers: { origin: 'https://any.example', 'access-control-request-method': 'POST' },
      });
    const api = await preflight('/v1/chat');
    expect(api.status).toBe(204);
    expect(api.headers.get('access-control-allow-origin')).toBe('https://any.example');
    expect(api.headers.get('access-control-allow-methods')).toContain('POST');
    expect(api.headers.get('access-control-max-age')).toBe('600');
    expect((await preflight('/healthz')).headers.get('access-control-allow-origin')).toBeNull();
  });
});
