import type { AuditEntry } from '@tessera/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejection, startRealServer, type RealServer } from '../test/real-server.js';
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  NotFoundError,
  PermissionDeniedError,
} from './core/errors.js';

// Every resource method against the real server, so the SDK and the server cannot drift apart.
let server: RealServer;

beforeAll(async () => {
  server = await startRealServer();
}, 60_000);
afterAll(() => server?.close());

describe('auth', () => {
  it('logs in, tells who is signed in, refreshes, and logs out', async () => {
    await server.createUser('ada@example.com', 'admin', 'ada-password-1');
    const session = await server
      .client()
      .auth.login({ email: 'ada@example.com', password: 'ada-password-1' });
    expect(session).toMatchObject({ tokenType: 'Bearer', role: 'admin', user: { email: 'ada@example.com' } });

    const me = await server.client({ apiKey: session.accessToken }).auth.me();
    expect(me).toMatchObject({ kind: 'user', role: 'admin', user: { id: session.user.id } });

    const refreshed = await server.client().auth.refresh({ refreshToken: session.refreshToken });
    expect(refreshed.refreshToken).not.toBe(session.refreshToken);
    expect(await server.client().auth.logout({ refreshToken: refreshed.refreshToken })).toBeUndefined();
    const error = await rejection(server.client().auth.refresh({ refreshToken: refreshed.refreshToken }));
    expect(AuthenticationError.isInstance(error)).toBe(true);
  });

  it('rejects a wrong password with AuthenticationError', async () => {
    const error = await rejection(server.client().auth.login({ email: 'nobody@example.com', password: 'x' }));
    expect(AuthenticationError.isInstance(error)).toBe(true);
    expect((error as AuthenticationError).status).toBe(401);
  });

  it('me() describes a secret key', async () => {
    expect(await server.admin.auth.me()).toMatchObject({ kind: 'secret-key', keyId: expect.any(String) });
  });
});

describe('keys', () => {
  it('creates, lists, updates, rotates and revokes', async () => {
    const created = await server.admin.keys.create({ type: 'secret', name: 'CI' });
    expect(created.key).toMatch(/^tsk_/);
    expect((await server.admin.keys.list()).data.map((key) => key.id)).toContain(created.id);

    const renamed = await server.admin.keys.update(created.id, { name: 'CI runner' });
    expect(renamed).toMatchObject({ id: created.id, name: 'CI runner' });

    const rotated = await server.admin.keys.rotate(created.id);
    expect(rotated.id).not.toBe(created.id);
    expect(rotated.name).toBe('CI runner');
    expect((await server.client({ apiKey: rotated.key }).auth.me()).keyId).toBe(rotated.id);

    const revoked = await server.admin.keys.revoke(rotated.id);
    expect(revoked.revokedAt).toEqual(expect.any(String));
  });

  it('a revoked key gets AuthenticationError (401)', async () => {
    const { id, key } = await server.admin.keys.create({ type: 'secret' });
    await server.admin.keys.revoke(id);
    const error = await rejection(server.client({ apiKey: key }).keys.list());
    expect(AuthenticationError.isInstance(error)).toBe(true);
    expect((error as AuthenticationError).requestId).toBeTruthy();
  });

  it('rotating a revoked key is a ConflictError (409) with its code', async () => {
    const { id } = await server.admin.keys.create({ type: 'secret' });
    await server.admin.keys.revoke(id);
    const error = await rejection(server.admin.keys.rotate(id));
    expect(ConflictError.isInstance(error)).toBe(true);
    expect((error as ConflictError).code).toBe('key_revoked');
  });

  it('an unknown id is a NotFoundError (404), and ids are encoded into the path', async () => {
    const error = await rejection(server.admin.keys.update('no such/key', { name: 'x' }));
    expect(NotFoundError.isInstance(error)).toBe(true);
  });

  it('an invalid body is a BadRequestError (400) pointing at the field', async () => {
    const error = await rejection(server.admin.keys.create({ type: 'bogus' as 'secret' }));
    expect(BadRequestError.isInstance(error)).toBe(true);
    const errors = (error as BadRequestError).problem?.errors ?? [];
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.map((e) => e.pointer).join()).toMatch(/type/);
  });
});

describe('members and invitations', () => {
  it('a viewer can list members but writing is a PermissionDeniedError (403)', async () => {
    const viewer = await server.createUser('vic@example.com', 'viewer');
    const asViewer = server.client({ apiKey: viewer.accessToken });
    expect((await asViewer.members.list()).data).toContainEqual(
      expect.objectContaining({ userId: viewer.user.id, role: 'viewer' }),
    );
    const error = await rejection(asViewer.keys.create({ type: 'secret' }));
    expect(PermissionDeniedError.isInstance(error)).toBe(true);
    expect((error as PermissionDeniedError).status).toBe(403);
  });

  it('changes a role and removes a member', async () => {
    const member = await server.createUser('max@example.com', 'viewer');
    const updated = await server.admin.members.update(member.user.id, { role: 'editor' });
    expect(updated).toMatchObject({ userId: member.user.id, role: 'editor' });
    expect(await server.admin.members.remove(member.user.id)).toBeUndefined();
    const ids = (await server.admin.members.list()).data.map((m) => m.userId);
    expect(ids).not.toContain(member.user.id);
  });

  it('creates, lists and revokes an invitation; revoking twice is a conflict', async () => {
    const invitation = await server.admin.invitations.create({ email: 'eve@example.com', role: 'editor' });
    expect(invitation.token).toEqual(expect.any(String));
    const listed = (await server.admin.invitations.list()).data.find((i) => i.id === invitation.id);
    expect(listed).toMatchObject({ email: 'eve@example.com', role: 'editor', revokedAt: null });
    expect(listed).not.toHaveProperty('token');
    expect(await server.admin.invitations.revoke(invitation.id)).toBeUndefined();
    const accepting = await rejection(
      server.client().invitations.accept({ token: invitation.token, password: 'eve-password-1' }),
    );
    expect((accepting as { status?: number }).status).toBeGreaterThanOrEqual(400);
  });

  it('accepts an invitation into a session, and inviting a member again is a ConflictError', async () => {
    const session = await server.createUser('bob@example.com', 'editor');
    expect(session).toMatchObject({ role: 'editor', user: { email: 'bob@example.com' } });
    const error = await rejection(
      server.admin.invitations.create({ email: 'bob@example.com', role: 'viewer' }),
    );
    expect(ConflictError.isInstance(error)).toBe(true);
    expect((error as ConflictError).code).toBe('already_member');
  });
});

describe('assistants and end users', () => {
  it('lists and gets assistants, and reads and rotates a signing secret', async () => {
    const [assistant] = (await server.admin.assistants.list()).data;
    expect(assistant).toBeDefined();
    expect(await server.admin.assistants.get(assistant!.id)).toEqual(assistant);

    const secret = await server.admin.assistants.signingSecret.get(assistant!.id);
    expect(secret).toMatchObject({ assistantId: assistant!.id, secret: expect.any(String) });
    const rotated = await server.admin.assistants.signingSecret.rotate(assistant!.id);
    expect(rotated.secret).not.toBe(secret.secret);
    expect((await server.admin.assistants.signingSecret.get(assistant!.id)).secret).toBe(rotated.secret);

    expect(NotFoundError.isInstance(await rejection(server.admin.assistants.get('asst_missing')))).toBe(true);
  });

  it("reads and replaces an assistant's limits", async () => {
    const [assistant] = (await server.admin.assistants.list()).data;
    expect(await server.admin.assistants.limits.get(assistant!.id)).toEqual({});
    const limits = { endUserRequestsPerMinute: 1000, keyDailyTokens: null };
    expect(await server.admin.assistants.limits.set(assistant!.id, limits)).toEqual(limits);
    expect(await server.admin.assistants.limits.get(assistant!.id)).toEqual(limits);
  });

  it('a publishable key reads the public face and gets an anonymous user token it can send', async () => {
    const [assistant] = (await server.admin.assistants.list()).data;
    // The first start's publishable key allows the server's own origin.
    const widget = server.client({ apiKey: server.publishableKey, defaultHeaders: { origin: server.url } });
    expect(await widget.assistants.getPublic(assistant!.id)).toEqual({
      name: assistant!.name,
      greeting: assistant!.greeting,
    });

    const anonymous = await widget.endUsers.createAnonymous();
    expect(anonymous.endUserId).toMatch(/^anon_/);
    const asUser = server.client({
      apiKey: server.publishableKey,
      userToken: anonymous.token,
      defaultHeaders: { origin: server.url },
    });
    expect(await asUser.auth.me()).toMatchObject({ kind: 'publishable-key', endUserId: anonymous.endUserId });
  });

  it('anonymous tokens are for publishable keys only', async () => {
    const error = await rejection(server.admin.endUsers.createAnonymous());
    expect(PermissionDeniedError.isInstance(error)).toBe(true);
  });
});

describe('audit pagination', () => {
  const KEYS = 60;

  beforeAll(async () => {
    for (let i = 0; i < KEYS; i++) await server.admin.keys.create({ type: 'secret', name: `page ${i}` });
  }, 60_000);

  it('for await walks every page of 10, one request per page', async () => {
    let requests = 0;
    const counting = server.client({
      apiKey: server.secretKey,
      fetch: (url, init) => {
        requests++;
        return fetch(url, init);
      },
    });
    const entries: AuditEntry[] = [];
    for await (const entry of counting.audit.list({ action: 'key.create', limit: 10 })) entries.push(entry);

    expect(entries.length).toBeGreaterThanOrEqual(KEYS);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    expect(entries.every((e) => e.action === 'key.create')).toBe(true);
    const times = entries.map((e) => e.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(requests).toBe(Math.ceil(entries.length / 10) + (entries.length % 10 === 0 ? 1 : 0));
  });

  it('await gives one page; getNextPage, hasNextPage and iterPages walk the rest', async () => {
    const first = await server.admin.audit.list({ action: 'key.create', limit: 10 });
    expect(first.data).toHaveLength(10);
    expect(first.hasNextPage()).toBe(true);
    const second = await first.getNextPage();
    expect(second?.data).toHaveLength(10);
    expect(second?.data[0]?.id).not.toBe(first.data[0]?.id);

    let pages = 0;
    let last = first;
    for await (const page of first.iterPages()) {
      pages++;
      last = page;
    }
    expect(pages).toBeGreaterThanOrEqual(KEYS / 10);
    expect(last.hasNextPage()).toBe(false);
    expect(await last.getNextPage()).toBeNull();
  });

  it('breaking out of for await stops fetching pages', async () => {
    let requests = 0;
    const counting = server.client({
      apiKey: server.secretKey,
      fetch: (url, init) => {
        requests++;
        return fetch(url, init);
      },
    });
    let seen = 0;
    for await (const entry of counting.audit.list({ limit: 10 })) {
      expect(entry.id).toBeTruthy();
      if (++seen === 15) break;
    }
    expect(requests).toBe(2);
  });

  it('filters by time and actor, and rejects a bad limit with BadRequestError', async () => {
    const future = await server.admin.audit.list({ since: '2999-01-01T00:00:00.000Z' });
    expect(future.data).toEqual([]);
    expect(future.nextCursor).toBeNull();

    const me = await server.admin.auth.me();
    const [mine] = (await server.admin.audit.list({ actorId: me.keyId!, limit: 1 })).data;
    expect(mine?.actor).toEqual({ kind: 'key', id: me.keyId });

    const error = await rejection(server.admin.audit.list({ limit: 0 }).then((page) => page));
    expect(BadRequestError.isInstance(error)).toBe(true);
  });
});

describe('operations', () => {
  it('health, ready and the OpenAPI document need no key', async () => {
    const anonymous = server.client();
    expect(await anonymous.operations.health()).toEqual({ status: 'ok' });
    const ready = await anonymous.operations.ready();
    expect(ready.status).toBe('ready');
    expect(ready.checks.every((check) => check.ok && typeof check.name === 'string')).toBe(true);
    expect(await anonymous.operations.openapi()).toHaveProperty('paths');
  });
});

describe('documents and search', () => {
  it('uploads text and a file, waits until ready, lists, searches, re-indexes and deletes', async () => {
    const client = server.admin;
    const text = await client.documents.create({
      text: '# Wombat guide\n\nWombats dig burrows with their strong claws.',
      filename: 'wombats.md',
      collection: 'animals',
    });
    expect(text.status).toBeDefined();
    const file = await client.documents.upload(
      new Blob(['# Numbat notes\n\nNumbats eat termites, up to twenty thousand a day.']),
      'numbats.md',
      { collection: 'animals', tags: ['diet'] },
    );
    const ready = async (id: string) => {
      for (let i = 0; i < 200; i++) {
        const document = await client.documents.get(id);
        if (document.status === 'ready' || document.status === 'failed') return document;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error(`Document ${id} never finished.`);
    };
    expect((await ready(text.id)).status).toBe('ready');
    expect(await ready(file.id)).toMatchObject({ status: 'ready', filename: 'numbats.md', tags: ['diet'] });

    const ids: string[] = [];
    for await (const document of client.documents.list({ collection: 'animals', limit: 1 }))
      ids.push(document.id);
    expect(ids.sort()).toEqual([text.id, file.id].sort());

    const found = await client.search.query({ query: 'termites', filter: { tags: ['diet'] } });
    expect(found.data[0]!.citation.documentId).toBe(file.id);

    expect((await client.documents.reindex(text.id)).status).toBe('ready');
    expect(await client.documents.delete(file.id)).toEqual({ id: file.id, deleted: true });
    expect(NotFoundError.isInstance(await rejection(client.documents.get(file.id)))).toBe(true);
    const vector = await rejection(client.search.query({ query: 'termites', mode: 'vector' }));
    expect(BadRequestError.isInstance(vector)).toBe(true);
  });
});
