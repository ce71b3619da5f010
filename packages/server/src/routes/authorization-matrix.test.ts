import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../testing/call-api.js';
import { SEED_ORIGIN, seedWorkspaces, type SeededWorkspace } from '../testing/seed-workspaces.js';
import { startTempServer } from '../testing/temp-server.js';
import { fixedLimitPolicy, UNLIMITED } from '../services/limits/limits.js';

/**
 * The authorization matrix: every route of /openapi.json against every kind of bad credential.
 * Driving it from the OpenAPI document means a route added tomorrow is checked tomorrow.
 */

interface Operation {
  method: string;
  path: string;
  access: 'public' | 'chat' | 'viewer' | 'editor' | 'admin' | 'owner';
}

let server: Awaited<ReturnType<typeof startTempServer>>;
let one: SeededWorkspace;
let two: SeededWorkspace;
let operations: Operation[];
let invitationId: string;
let documentId: string;
/** Ids that belong to workspace one and must never show up in an answer to workspace two. */
let secretsOfOne: string[];

beforeAll(async () => {
  // Hundreds of calls from one IP: rate limits are tested on their own, elsewhere.
  server = await startTempServer({ platform: { limitPolicy: fixedLimitPolicy(UNLIMITED) } });
  [one, two] = await seedWorkspaces(server.dataDir);
  const invited = await callApi<{ id: string }>(server.url, 'POST', '/v1/invitations', {
    auth: one.users.owner.accessToken,
    body: { email: 'new@one.example', role: 'viewer' },
  });
  expect(invited.status).toBe(201);
  invitationId = invited.body.id;
  const uploaded = await callApi<{ id: string }>(server.url, 'POST', '/v1/documents', {
    auth: one.keys.secret.key,
    body: { text: '# Workspace one\n\nThe secret handbook of workspace one.', filename: 'one.md' },
  });
  expect(uploaded.status).toBe(202);
  documentId = uploaded.body.id;
  const document = (await (await fetch(`${server.url}/openapi.json`)).json()) as {
    paths: Record<string, Record<string, { 'x-tessera-access': Operation['access'] }>>;
  };
  operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      access: operation['x-tessera-access'],
    })),
  );
  secretsOfOne = [
    one.workspaceId,
    one.assistantId,
    one.keys.secret.id,
    one.keys.publishable.id,
    invitationId,
    documentId,
    ...Object.values(one.users).flatMap((user) => [user.userId, user.email]),
  ];
});
afterAll(() => server.close());

/** Fills `{param}` with an id of workspace one that fits the resource. */
function pathFor(operation: Operation, workspace = one): string {
  return operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    if (name === 'file') return 'missing.js';
    if (operation.path.startsWith('/v1/keys')) return workspace.keys.secret.id;
    if (operation.path.startsWith('/v1/assistants')) return workspace.assistantId;
    if (operation.path.startsWith('/v1/members')) return workspace.users.viewer.userId;
    if (operation.path.startsWith('/v1/invitations')) return invitationId;
    if (operation.path.startsWith('/v1/documents')) return documentId;
    return 'unknown-id';
  });
}

const guarded = () => operations.filter((op) => op.access !== 'public');
const roleGuarded = () => operations.filter((op) => op.access !== 'public' && op.access !== 'chat');
const writes = () => roleGuarded().filter((op) => op.method !== 'GET' && op.access !== 'viewer');

async function expectStatus(
  operation: Operation,
  auth: string | undefined,
  expected: number,
  origin?: string,
) {
  const answer = await callApi(server.url, operation.method, pathFor(operation), {
    ...(auth ? { auth } : {}),
    ...(origin ? { origin } : {}),
    ...(operation.method === 'GET' || operation.method === 'DELETE' ? {} : { body: {} }),
  });
  expect(answer.status, `${operation.method} ${operation.path}`).toBe(expected);
  expect(answer.headers.get('content-type'), `${operation.method} ${operation.path}`).toContain(
    'application/problem+json',
  );
}

describe('the authorization matrix', () => {
  it('covers the routes that need credentials', () => {
    expect(guarded().length).toBeGreaterThan(15);
    expect(writes().length).toBeGreaterThan(5);
  });

  it('answers 401 without credentials', async () => {
    for (const op of guarded()) await expectStatus(op, undefined, 401);
  });

  it('answers 401 for expired, tampered, unsigned (alg: none) and wrongly signed tokens', async () => {
    for (const token of Object.values(one.badTokens)) {
      for (const op of guarded()) await expectStatus(op, token, 401);
    }
  });

  it('answers 401 for revoked secret and publishable keys', async () => {
    for (const op of guarded()) {
      await expectStatus(op, one.keys.revokedSecret.key, 401);
      await expectStatus(op, one.keys.revokedPublishable.key, 401);
    }
  });

  it('answers 403 to a publishable key on every route beyond chat', async () => {
    for (const op of roleGuarded()) await expectStatus(op, one.keys.publishable.key, 403);
  });

  it('answers 403 to a publishable key from an origin it does not allow, on every route', async () => {
    for (const op of guarded()) await expectStatus(op, one.keys.publishable.key, 403, 'https://evil.example');
  });

  it('answers 403 to a secret key sent from a browser', async () => {
    for (const op of guarded()) await expectStatus(op, one.keys.secret.key, 403, SEED_ORIGIN);
  });

  it('answers 403 to a viewer on every write', async () => {
    for (const op of writes()) await expectStatus(op, one.users.viewer.accessToken, 403);
  });

  it("never answers another workspace's resources: 404 by id, and lists without them", async () => {
    for (const credentials of [two.keys.secret.key, two.users.owner.accessToken]) {
      for (const op of guarded()) {
        if (op.path === '/v1/chat') continue;
        const answer = await callApi(server.url, op.method, pathFor(op), {
          auth: credentials,
          ...(op.method === 'GET' ? {} : { body: {} }),
        });
        const where = `${op.method} ${op.path} → ${answer.status}`;
        if (op.path.includes('{')) expect([400, 404], where).toContain(answer.status);
        // `instance` echoes the path the caller sent; everything else must be free of workspace one.
        const { instance: _echo, ...rest } = (answer.body ?? {}) as Record<string, unknown>;
        const text = JSON.stringify(rest);
        for (const secret of secretsOfOne) expect(text, where).not.toContain(secret);
      }
    }
    // The deletes and rotations aimed at workspace one changed nothing there.
    const keys = await callApi<{ data: { id: string }[] }>(server.url, 'GET', '/v1/keys', {
      auth: one.keys.secret.key,
    });
    expect(keys.status).toBe(200);
    const members = await callApi(server.url, 'GET', '/v1/members', { auth: one.users.viewer.accessToken });
    expect(JSON.stringify(members.body)).toContain(one.users.viewer.userId);
    const document = await callApi(server.url, 'GET', `/v1/documents/${documentId}`, {
      auth: one.keys.secret.key,
    });
    expect(document.status).toBe(200);
  });

  it("refuses a publishable key for another assistant's public config", async () => {
    const answer = await callApi(server.url, 'GET', `/v1/assistants/${two.assistantId}/public`, {
      auth: one.keys.publishable.key,
      origin: SEED_ORIGIN,
    });
    expect(answer.status).toBe(404);
  });

  it('still lets each credential do what it is for', async () => {
    const publicConfig = await callApi(server.url, 'GET', `/v1/assistants/${one.assistantId}/public`, {
      auth: one.keys.publishable.key,
      origin: SEED_ORIGIN,
    });
    expect(publicConfig.status).toBe(200);
    const keys = await callApi(server.url, 'GET', '/v1/keys', { auth: one.users.admin.accessToken });
    expect(keys.status).toBe(200);
    const members = await callApi(server.url, 'GET', '/v1/members', { auth: one.users.viewer.accessToken });
    expect(members.status).toBe(200);
  });
});
