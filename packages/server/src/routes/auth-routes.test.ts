import { currentPrincipalSchema, sessionSchema, type CurrentPrincipal, type Session } from '@tessera/core';
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
const login = (email: string, password = SEED_PASSWORD, workspaceId?: string) =>
  api<Session>('POST', '/v1/auth/login', {
    body: { email, password, ...(workspaceId ? { workspaceId } : {}) },
  });

describe('POST /v1/auth/login', () => {
  it('answers a session whose access token works at /v1/auth/me', async () => {
    const { status, body, headers } = await login(one.users.editor.email);
    expect(status).toBe(200);
    expectSchema(sessionSchema, body);
    expect(headers.get('cache-control')).toBe('no-store');
    expect(body).toMatchObject({
      tokenType: 'Bearer',
      expiresIn: 900,
      workspaceId: one.workspaceId,
      role: 'editor',
    });
    const me = await api<CurrentPrincipal>('GET', '/v1/auth/me', { auth: body.accessToken });
    expect(me.status).toBe(200);
    expectSchema(currentPrincipalSchema, me.body);
    expect(me.body).toMatchObject({ kind: 'user', role: 'editor', user: { email: one.users.editor.email } });
  });

  it('accepts the email in any letter case', async () => {
    expect((await login(one.users.viewer.email.toUpperCase())).status).toBe(200);
  });

  it('answers the same 401 for a wrong password and an unknown email', async () => {
    const wrong = await login(one.users.owner.email, 'not the password');
    const unknown = await login('nobody@nowhere.example');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body['detail']).toBe(unknown.body['detail']);
  });

  it('signs into a named workspace only if the user belongs to it', async () => {
    expect((await login(one.users.owner.email, SEED_PASSWORD, one.workspaceId)).status).toBe(200);
    expect((await login(one.users.owner.email, SEED_PASSWORD, two.workspaceId)).status).toBe(404);
  });

  it('still works when the client sends a stale token along', async () => {
    const response = await api('POST', '/v1/auth/login', {
      auth: one.badTokens.expired,
      body: { email: one.users.owner.email, password: SEED_PASSWORD },
    });
    expect(response.status).toBe(200);
  });
});

describe('refresh tokens', () => {
  it('rotate on every refresh: the new one works, the old one is refused', async () => {
    const first = (await login(one.users.admin.email)).body;
    const second = await api<Session>('POST', '/v1/auth/refresh', {
      body: { refreshToken: first.refreshToken },
    });
    expect(second.status).toBe(200);
    expectSchema(sessionSchema, second.body);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    expect(second.body.accessToken).not.toBe(first.accessToken);
    const third = await api<Session>('POST', '/v1/auth/refresh', {
      body: { refreshToken: second.body.refreshToken },
    });
    expect(third.status).toBe(200);
  });

  it('end the whole session when a rotated token is reused, and audit it', async () => {
    const first = (await login(one.users.admin.email)).body;
    const second = (
      await api<Session>('POST', '/v1/auth/refresh', { body: { refreshToken: first.refreshToken } })
    ).body;
    const replay = await api('POST', '/v1/auth/refresh', { body: { refreshToken: first.refreshToken } });
    expect(replay.status).toBe(401);
    expect(replay.body['code']).toBe('refresh_token_reused');
    // The honest holder's newer token died with the family.
    const honest = await api('POST', '/v1/auth/refresh', { body: { refreshToken: second.refreshToken } });
    expect(honest.status).toBe(401);
    const audit = await api<{ data: { action: string }[] }>('GET', '/v1/audit?action=auth.refresh_reuse', {
      auth: one.keys.secret.key,
    });
    expect(audit.body.data.length).toBeGreaterThan(0);
  });

  it('are refused when unknown, with a problem that says to sign in again', async () => {
    const response = await api('POST', '/v1/auth/refresh', { body: { refreshToken: 'trt_made_up' } });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body['detail']).toContain('sign in again');
  });
});

describe('POST /v1/auth/logout', () => {
  it('revokes the refresh token and answers 204, also for unknown tokens', async () => {
    const session = (await login(one.users.viewer.email)).body;
    const out = await api('POST', '/v1/auth/logout', { body: { refreshToken: session.refreshToken } });
    expect(out.status).toBe(204);
    expect(
      (await api('POST', '/v1/auth/refresh', { body: { refreshToken: session.refreshToken } })).status,
    ).toBe(401);
    expect((await api('POST', '/v1/auth/logout', { body: { refreshToken: 'trt_unknown' } })).status).toBe(
      204,
    );
  });
});

describe('access tokens', () => {
  it.each(['expired', 'tampered', 'algNone', 'wrongSecret'] as const)(
    'refuses a %s token with the same 401 that gives no hint',
    async (kind) => {
      const response = await api('GET', '/v1/auth/me', { auth: one.badTokens[kind] });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toContain('Bearer');
      expect(response.body['detail']).toMatch(/invalid or expired/);
    },
  );

  it('stop working at once when the member is removed', async () => {
    const { accessToken } = (await login(two.users.viewer.email)).body;
    expect((await api('GET', '/v1/members', { auth: accessToken })).status).toBe(200);
    const removed = await api('DELETE', `/v1/members/${two.users.viewer.userId}`, {
      auth: two.keys.secret.key,
    });
    expect(removed.status).toBe(204);
    expect((await api('GET', '/v1/members', { auth: accessToken })).status).toBe(401);
  });

  it('refuses a malformed authorization header', async () => {
    expect((await api('GET', '/v1/auth/me', { headers: { authorization: 'Basic abc' } })).status).toBe(401);
  });

  it('answers 401 with a hint to send credentials when there are none', async () => {
    const response = await api('GET', '/v1/auth/me');
    expect(response.status).toBe(401);
    expect(response.body['detail']).toContain('authorization: Bearer');
  });
});
