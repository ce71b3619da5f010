import {
  assistantListSchema,
  publicAssistantSchema,
  signingSecretSchema,
  type AssistantList,
  type SigningSecret,
} from '@tessera/core';
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

describe('/v1/assistants', () => {
  it('lists and gets the workspace’s assistants only', async () => {
    const list = await api<AssistantList>('GET', '/v1/assistants', { auth: one.users.viewer.accessToken });
    expectSchema(assistantListSchema, list.body);
    expect(list.body.data.map((a) => a.id)).toEqual([one.assistantId]);
    expect(
      (await api('GET', `/v1/assistants/${one.assistantId}`, { auth: one.users.viewer.accessToken })).status,
    ).toBe(200);
    expect(
      (await api('GET', `/v1/assistants/${two.assistantId}`, { auth: one.users.viewer.accessToken })).status,
    ).toBe(404);
  });

  it('shows a publishable key only the public face of its own assistant', async () => {
    const own = await api('GET', `/v1/assistants/${one.assistantId}/public`, {
      auth: one.keys.publishable.key,
    });
    expect(own.status).toBe(200);
    expectSchema(publicAssistantSchema, own.body);
    expect(Object.keys(own.body).sort()).toEqual(['greeting', 'name']);
    const other = await api('GET', `/v1/assistants/${two.assistantId}/public`, {
      auth: one.keys.publishable.key,
    });
    expect(other.status).toBe(404);
    expect(
      (await api('GET', `/v1/assistants/${one.assistantId}`, { auth: one.keys.publishable.key })).status,
    ).toBe(403);
  });

  it('gives admins the signing secret, the same until rotated, and audits both', async () => {
    const path = `/v1/assistants/${one.assistantId}/signing-secret`;
    const first = await api<SigningSecret>('GET', path, { auth: one.users.admin.accessToken });
    expect(first.status).toBe(200);
    expectSchema(signingSecretSchema, first.body);
    expect(first.body.secret).toMatch(/^tss_/);
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect((await api<SigningSecret>('GET', path, { auth: one.keys.secret.key })).body.secret).toBe(
      first.body.secret,
    );
    const rotated = await api<SigningSecret>('POST', `${path}/rotate`, { auth: one.users.admin.accessToken });
    expect(rotated.body.secret).not.toBe(first.body.secret);
    expect((await api('GET', path, { auth: one.users.editor.accessToken })).status).toBe(403);
    expect(
      (await api('GET', `/v1/assistants/${two.assistantId}/signing-secret`, { auth: one.keys.secret.key }))
        .status,
    ).toBe(404);
  });
});
