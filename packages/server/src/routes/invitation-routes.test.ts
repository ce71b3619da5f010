import {
  createdInvitationSchema,
  invitationListSchema,
  type CreatedInvitation,
  type Invitation,
  type Session,
} from '@tessera/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, expectSchema } from '../testing/call-api.js';
import { SEED_PASSWORD, seedWorkspaces, type SeededWorkspace } from '../testing/seed-workspaces.js';
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
const invite = (email: string, role: string, auth = one.users.admin.accessToken, extra = {}) =>
  api<CreatedInvitation>('POST', '/v1/invitations', { auth, body: { email, role, ...extra } });
const accept = (token: string, password: string, name?: string) =>
  api<Session>('POST', '/v1/invitations/accept', { body: { token, password, ...(name ? { name } : {}) } });

describe('invitations', () => {
  it('invite a new person, who accepts with a password and is signed in with the role', async () => {
    const created = await invite('Grace@Example.com', 'editor');
    expect(created.status).toBe(201);
    expectSchema(createdInvitationSchema, created.body);
    expect(created.body).toMatchObject({ email: 'grace@example.com', role: 'editor', acceptedAt: null });
    expect(created.body.invitedBy).toBe(`user:${one.users.admin.userId}`);
    const session = await accept(created.body.token, 'a long enough password', 'Grace');
    expect(session.status).toBe(200);
    expect(session.body).toMatchObject({
      workspaceId: one.workspaceId,
      role: 'editor',
      user: { name: 'Grace' },
    });
    const login = await api('POST', '/v1/auth/login', {
      body: { email: 'grace@example.com', password: 'a long enough password' },
    });
    expect(login.status).toBe(200);
  });

  it('can be used once only', async () => {
    const { token } = (await invite('once@example.com', 'viewer')).body;
    expect((await accept(token, 'a long enough password')).status).toBe(200);
    const again = await accept(token, 'a long enough password');
    expect(again.status).toBe(404);
    expect(again.body['detail']).toContain('ask for a new one');
  });

  it('bring an existing account into another workspace only with its current password', async () => {
    const { token } = (await invite(one.users.viewer.email, 'admin', two.users.owner.accessToken)).body;
    const wrong = await accept(token, 'not the right password');
    expect(wrong.status).toBe(401);
    const session = await accept(token, SEED_PASSWORD);
    expect(session.status).toBe(200);
    expect(session.body).toMatchObject({
      workspaceId: two.workspaceId,
      role: 'admin',
      user: { id: one.users.viewer.userId },
    });
  });

  it('are listed without tokens, and a revoked one cannot be accepted', async () => {
    const created = (await invite('revoked@example.com', 'viewer')).body;
    const list = await api<{ data: Invitation[] }>('GET', '/v1/invitations', {
      auth: one.users.admin.accessToken,
    });
    expectSchema(invitationListSchema, list.body);
    expect(list.body.data.map((i) => i.id)).toContain(created.id);
    expect(JSON.stringify(list.body)).not.toContain(created.token);
    expect(
      (await api('DELETE', `/v1/invitations/${created.id}`, { auth: one.users.admin.accessToken })).status,
    ).toBe(204);
    expect((await accept(created.token, 'a long enough password')).status).toBe(404);
  });

  it('cannot be revoked from another workspace', async () => {
    const created = (await invite('foreign@example.com', 'viewer')).body;
    expect(
      (await api('DELETE', `/v1/invitations/${created.id}`, { auth: two.users.owner.accessToken })).status,
    ).toBe(404);
    expect((await accept(created.token, 'a long enough password')).status).toBe(200);
  });

  it('never hand out more than the inviter holds: admins cannot invite owners', async () => {
    const response = await invite('boss@example.com', 'owner');
    expect(response.status).toBe(403);
    expect((await invite('boss@example.com', 'owner', one.users.owner.accessToken)).status).toBe(201);
  });

  it('refuse people who are already members, naming the route to change their role', async () => {
    const response = await invite(one.users.editor.email, 'admin');
    expect(response.status).toBe(409);
    expect(response.body['detail']).toContain('/v1/members/');
  });

  it('are for admins: an editor gets 403', async () => {
    expect((await invite('x@example.com', 'viewer', one.users.editor.accessToken)).status).toBe(403);
  });

  it('refuse a password that is too short, pointing at it', async () => {
    const { token } = (await invite('short@example.com', 'viewer')).body;
    const response = await accept(token, 'short');
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('/password');
  });
});
