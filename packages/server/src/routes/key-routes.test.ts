import { apiKeyListSchema, createdApiKeySchema, type ApiKey, type CreatedApiKey } from '@tessera/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, expectSchema } from '../testing/call-api.js';
import { seedWorkspaces, type SeededWorkspace } from '../testing/seed-workspaces.js';
import { startTempServer } from '../testing/temp-server.js';

let server: Awaited<ReturnType<typeof startTempServer>>;
let one: SeededWorkspace;
let two: SeededWorkspace;
beforeAll(async () => {
  server = await startTempServer({ sampleDocsDir: null });
  [one, two] = await seedWorkspaces(server.dataDir);
});
afterAll(() => server.close());

const api = <T = Record<string, unknown>>(method: string, path: string, options = {}) =>
  callApi<T>(server.url, method, path, options);
const create = (body: object, auth = one.users.admin.accessToken) =>
  api<CreatedApiKey>('POST', '/v1/keys', { auth, body });

describe('/v1/keys', () => {
  it('shows a new key once, then lists it masked: prefix and last four, never the key or hash', async () => {
    const created = await create({ type: 'secret', name: 'Billing backend' });
    expect(created.status).toBe(201);
    expectSchema(createdApiKeySchema, created.body);
    expect(created.body.key).toMatch(/^tsk_[\w-]{43}$/);
    expect(created.body.key.startsWith(created.body.prefix)).toBe(true);
    expect(created.body.key.endsWith(created.body.last4)).toBe(true);
    const list = await api<{ data: ApiKey[] }>('GET', '/v1/keys', { auth: one.users.admin.accessToken });
    expectSchema(apiKeyListSchema, list.body);
    const listed = list.body.data.find((k) => k.id === created.body.id)!;
    expect(listed).toMatchObject({ name: 'Billing backend', type: 'secret', assistantId: null });
    expect(JSON.stringify(list.body)).not.toContain(created.body.key);
    expect(Object.keys(listed)).not.toContain('keyHash');
  });

  it('works at once and stops at once when revoked', async () => {
    const { key, id } = (await create({ type: 'secret' })).body;
    expect((await api('GET', '/v1/auth/me', { auth: key })).status).toBe(200);
    const revoked = await api<ApiKey>('DELETE', `/v1/keys/${id}`, { auth: one.users.admin.accessToken });
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    expect((await api('GET', '/v1/auth/me', { auth: key })).status).toBe(401);
  });

  it('rotates a key: the new one keeps the settings and works, the old one is revoked', async () => {
    const old = (await create({ type: 'publishable', allowedOrigins: ['https://shop.example/'] })).body;
    expect(old.allowedOrigins).toEqual(['https://shop.example']);
    const rotated = await api<CreatedApiKey>('POST', `/v1/keys/${old.id}/rotate`, {
      auth: one.users.owner.accessToken,
    });
    expect(rotated.status).toBe(201);
    expect(rotated.body).toMatchObject({
      type: 'publishable',
      assistantId: old.assistantId,
      allowedOrigins: old.allowedOrigins,
    });
    expect(rotated.body.key).not.toBe(old.key);
    expect((await api('GET', '/v1/auth/me', { auth: old.key })).status).toBe(401);
    expect((await api('GET', '/v1/auth/me', { auth: rotated.body.key })).status).toBe(200);
    const again = await api('POST', `/v1/keys/${old.id}/rotate`, { auth: one.users.owner.accessToken });
    expect(again.status).toBe(409);
  });

  it('binds publishable keys to the workspace’s first assistant unless told otherwise', async () => {
    const created = await create({ type: 'publishable', allowedOrigins: ["'self'"] });
    expect(created.body.assistantId).toBe(one.assistantId);
    const me = await api<{ assistantId: string }>('GET', '/v1/auth/me', { auth: created.body.key });
    expect(me.body.assistantId).toBe(one.assistantId);
  });

  it('replaces allowed origins with PATCH and refuses origins that are not origins', async () => {
    const { id } = (await create({ type: 'publishable' })).body;
    const patched = await api<ApiKey>('PATCH', `/v1/keys/${id}`, {
      auth: one.users.admin.accessToken,
      body: { allowedOrigins: ['HTTPS://Shop.Example:443'] },
    });
    expect(patched.body.allowedOrigins).toEqual(['https://shop.example']);
    const bad = await api<{ errors: { pointer: string }[] }>('PATCH', `/v1/keys/${id}`, {
      auth: one.users.admin.accessToken,
      body: { allowedOrigins: ['https://ok.example', 'https://shop.example/path'] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e) => e.pointer)).toEqual(['/allowedOrigins/1']);
  });

  it('refuses origins and assistants on secret keys, naming the field', async () => {
    const response = await create({ type: 'secret', allowedOrigins: ['https://a.example'] });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('/allowedOrigins');
  });

  it('answers 404 for another workspace’s key or assistant, as for unknown ones', async () => {
    const foreign = two.keys.secret.id;
    for (const [method, path] of [
      ['DELETE', `/v1/keys/${foreign}`],
      ['POST', `/v1/keys/${foreign}/rotate`],
      ['DELETE', '/v1/keys/key_does_not_exist'],
    ] as const) {
      expect((await api(method, path, { auth: one.users.owner.accessToken })).status).toBe(404);
    }
    expect((await create({ type: 'publishable', assistantId: two.assistantId })).status).toBe(404);
    // The foreign key still works: nothing happened to it.
    expect((await api('GET', '/v1/auth/me', { auth: two.keys.secret.key })).status).toBe(200);
  });

  it('is for admins: editors and publishable keys get 403', async () => {
    expect((await create({ type: 'secret' }, one.users.editor.accessToken)).status).toBe(403);
    const publishable = await api('GET', '/v1/keys', { auth: one.keys.publishable.key });
    expect(publishable.status).toBe(403);
    expect(publishable.body['detail']).toContain('Publishable keys can only chat');
  });

  it('lists only the caller’s workspace', async () => {
    const list = await api<{ data: ApiKey[] }>('GET', '/v1/keys', { auth: two.keys.secret.key });
    const ids = list.body.data.map((k) => k.id);
    expect(ids).toContain(two.keys.secret.id);
    expect(ids).not.toContain(one.keys.secret.id);
  });
});
