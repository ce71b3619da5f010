import { auditPageSchema, type AuditPage } from '@tessera/core';
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
const audit = (query: string, auth = one.users.admin.accessToken) =>
  api<AuditPage>('GET', `/v1/audit${query}`, { auth });

describe('GET /v1/audit', () => {
  it('records who did what to which target, from where', async () => {
    const created = await api<{ id: string }>('POST', '/v1/keys', {
      auth: one.users.owner.accessToken,
      body: { type: 'secret', name: 'Audited' },
      headers: { 'user-agent': 'audit-test/1.0' },
    });
    const page = await audit('?action=key.create&limit=1');
    expect(page.status).toBe(200);
    expectSchema(auditPageSchema, page.body);
    expect(page.body.data[0]).toMatchObject({
      action: 'key.create',
      actor: { kind: 'user', id: one.users.owner.userId },
      target: { kind: 'key', id: created.body.id },
      userAgent: 'audit-test/1.0',
      details: { type: 'secret', name: 'Audited' },
    });
    expect(page.body.data[0]!.ip).toMatch(/127\.0\.0\.1/);
  });

  it('writes an entry for each administrative action', async () => {
    const owner = one.users.owner.accessToken;
    const key = (await api<{ id: string }>('POST', '/v1/keys', { auth: owner, body: { type: 'secret' } }))
      .body;
    await api('POST', `/v1/keys/${key.id}/rotate`, { auth: owner });
    await api('DELETE', `/v1/keys/${key.id}`, { auth: owner });
    const invitation = (
      await api<{ id: string }>('POST', '/v1/invitations', {
        auth: owner,
        body: { email: 'a@b.example', role: 'viewer' },
      })
    ).body;
    await api('DELETE', `/v1/invitations/${invitation.id}`, { auth: owner });
    await api('PATCH', `/v1/members/${one.users.viewer.userId}`, { auth: owner, body: { role: 'editor' } });
    await api('GET', `/v1/assistants/${one.assistantId}/signing-secret`, { auth: owner });
    const actions = (await audit('?limit=200')).body.data.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'key.create',
        'key.rotate',
        'key.revoke',
        'invitation.create',
        'invitation.revoke',
        'member.role_change',
        'assistant.signing_secret.read',
      ]),
    );
  });

  it('filters by actor and time, and pages with a cursor without repeats', async () => {
    const byOwner = await audit(`?actorId=${one.users.owner.userId}`);
    expect(byOwner.body.data.every((e) => e.actor.id === one.users.owner.userId)).toBe(true);
    const future = await audit(`?since=${encodeURIComponent('2999-01-01T00:00:00+01:00')}`);
    expect(future.body.data).toEqual([]);
    const past = await audit(`?until=${encodeURIComponent('2000-01-01T00:00:00Z')}`);
    expect(past.body.data).toEqual([]);
    const ids: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: AuditPage = (await audit(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`)).body;
      ids.push(...page.data.map((e) => e.id));
      cursor = page.nextCursor;
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe((await audit('?limit=200')).body.data.length);
  });

  it('never shows another workspace’s entries', async () => {
    const theirs = await audit('?limit=200', two.users.admin.accessToken);
    const mine = new Set((await audit('?limit=200')).body.data.map((e) => e.id));
    expect(theirs.body.data.some((e) => mine.has(e.id))).toBe(false);
  });

  it('is for admins, and rejects bad filters with 400', async () => {
    expect((await audit('', one.users.editor.accessToken)).status).toBe(403);
    expect((await audit('', one.keys.publishable.key)).status).toBe(403);
    expect((await audit('?since=yesterday')).status).toBe(400);
    expect((await audit('?limit=1000')).status).toBe(400);
  });
});
