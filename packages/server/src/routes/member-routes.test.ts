import { memberListSchema, type Member } from '@tessera/core';
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
const setRole = (userId: string, role: string, auth: string) =>
  api<Member>('PATCH', `/v1/members/${userId}`, { auth, body: { role } });

describe('/v1/members', () => {
  it('lists the workspace’s members to any member, and only them', async () => {
    const list = await api<{ data: Member[] }>('GET', '/v1/members', { auth: one.users.viewer.accessToken });
    expect(list.status).toBe(200);
    expectSchema(memberListSchema, list.body);
    const emails = list.body.data.map((m) => m.email);
    expect(emails).toEqual(expect.arrayContaining([one.users.owner.email, one.users.viewer.email]));
    expect(emails).not.toContain(two.users.owner.email);
  });

  it('never demotes or removes the last owner', async () => {
    const owner = one.users.owner;
    const demote = await api('PATCH', `/v1/members/${owner.userId}`, {
      auth: owner.accessToken,
      body: { role: 'admin' },
    });
    expect(demote.status).toBe(409);
    expect(demote.body['detail']).toContain('at least one owner');
    expect((await api('DELETE', `/v1/members/${owner.userId}`, { auth: one.keys.secret.key })).status).toBe(
      409,
    );
  });

  it('lets an owner step down once there is another owner', async () => {
    const promoted = await setRole(two.users.admin.userId, 'owner', two.users.owner.accessToken);
    expect(promoted.status).toBe(200);
    expect(promoted.body.role).toBe('owner');
    expect((await setRole(two.users.owner.userId, 'admin', two.users.owner.accessToken)).status).toBe(200);
    // The demotion applies at once, to the token already issued.
    const now = await api('PATCH', `/v1/members/${two.users.admin.userId}`, {
      auth: two.users.owner.accessToken,
      body: { role: 'viewer' },
    });
    expect(now.status).toBe(403);
  });

  it('keeps admins from promoting to owner or touching owners', async () => {
    expect((await setRole(one.users.editor.userId, 'owner', one.users.admin.accessToken)).status).toBe(403);
    expect((await setRole(one.users.owner.userId, 'viewer', one.users.admin.accessToken)).status).toBe(403);
    expect((await setRole(one.users.viewer.userId, 'editor', one.users.admin.accessToken)).status).toBe(200);
  });

  it('answers 404 for members of another workspace and for unknown ids', async () => {
    expect((await setRole(two.users.viewer.userId, 'editor', one.users.owner.accessToken)).status).toBe(404);
    expect(
      (await api('DELETE', `/v1/members/${two.users.editor.userId}`, { auth: one.keys.secret.key })).status,
    ).toBe(404);
    expect((await setRole('usr_unknown', 'editor', one.users.owner.accessToken)).status).toBe(404);
  });

  it('refuses role changes to editors and viewers (403)', async () => {
    expect((await setRole(one.users.viewer.userId, 'admin', one.users.editor.accessToken)).status).toBe(403);
  });

  it('removes a member and ends their refresh tokens', async () => {
    const session = await api<{ refreshToken: string }>('POST', '/v1/auth/login', {
      body: { email: one.users.editor.email, password: one.users.editor.password },
    });
    expect(
      (await api('DELETE', `/v1/members/${one.users.editor.userId}`, { auth: one.users.admin.accessToken }))
        .status,
    ).toBe(204);
    const refresh = await api('POST', '/v1/auth/refresh', {
      body: { refreshToken: session.body.refreshToken },
    });
    expect(refresh.status).toBe(401);
  });
});
