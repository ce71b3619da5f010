import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRealServer, type RealServer } from '../test/real-server.js';
import type { Tessera } from './client.js';

/**
 * Every operation in the server's `/openapi.json` has an SDK method. A route added to the server
 * without one fails here with its method and path.
 */
const SDK_METHODS: Record<string, (client: Tessera) => unknown> = {
  'POST /v1/chat': (c) => c.chat.stream,
  'POST /v1/auth/login': (c) => c.auth.login,
  'POST /v1/auth/refresh': (c) => c.auth.refresh,
  'POST /v1/auth/logout': (c) => c.auth.logout,
  'GET /v1/auth/me': (c) => c.auth.me,
  'POST /v1/keys': (c) => c.keys.create,
  'GET /v1/keys': (c) => c.keys.list,
  'PATCH /v1/keys/{id}': (c) => c.keys.update,
  'DELETE /v1/keys/{id}': (c) => c.keys.revoke,
  'POST /v1/keys/{id}/rotate': (c) => c.keys.rotate,
  'GET /v1/members': (c) => c.members.list,
  'PATCH /v1/members/{userId}': (c) => c.members.update,
  'DELETE /v1/members/{userId}': (c) => c.members.remove,
  'POST /v1/invitations': (c) => c.invitations.create,
  'GET /v1/invitations': (c) => c.invitations.list,
  'DELETE /v1/invitations/{id}': (c) => c.invitations.revoke,
  'POST /v1/invitations/accept': (c) => c.invitations.accept,
  'GET /v1/assistants': (c) => c.assistants.list,
  'GET /v1/assistants/{id}': (c) => c.assistants.get,
  'GET /v1/assistants/{id}/public': (c) => c.assistants.getPublic,
  'GET /v1/assistants/{id}/signing-secret': (c) => c.assistants.signingSecret.get,
  'POST /v1/assistants/{id}/signing-secret/rotate': (c) => c.assistants.signingSecret.rotate,
  'GET /v1/assistants/{id}/limits': (c) => c.assistants.limits.get,
  'PUT /v1/assistants/{id}/limits': (c) => c.assistants.limits.set,
  'POST /v1/end-users/anonymous': (c) => c.endUsers.createAnonymous,
  'GET /v1/audit': (c) => c.audit.list,
  'POST /v1/documents': (c) => c.documents.create,
  'GET /v1/documents': (c) => c.documents.list,
  'GET /v1/documents/{id}': (c) => c.documents.get,
  'DELETE /v1/documents/{id}': (c) => c.documents.delete,
  'POST /v1/documents/{id}/reindex': (c) => c.documents.reindex,
  'POST /v1/search': (c) => c.search.query,
  'GET /healthz': (c) => c.operations.health,
  'GET /readyz': (c) => c.operations.ready,
  'GET /openapi.json': (c) => c.operations.openapi,
};

/**
 * Operations that are not API calls, so the SDK leaves them out on purpose: the demo page and the
 * widget's static files (browsers load them through <script> and import()), and the Prometheus
 * text that a scraper reads.
 */
const NOT_API = new Set([
  'GET /',
  'GET /demo.css',
  'GET /widget.js',
  'GET /widget.js.map',
  'GET /widget/{file}',
  'GET /widget/locales/{file}',
  'GET /metrics',
]);

let server: RealServer;
let operations: string[];

beforeAll(async () => {
  server = await startRealServer();
  const document = (await server.client().operations.openapi()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.keys(methods)
      .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map((method) => `${method.toUpperCase()} ${path}`),
  );
}, 60_000);
afterAll(() => server?.close());

describe('SDK coverage of /openapi.json', () => {
  it('has an SDK method for every API operation', () => {
    expect(operations.length).toBeGreaterThan(20);
    const missing = operations.filter((operation) => !(operation in SDK_METHODS) && !NOT_API.has(operation));
    expect(missing, `Operations without an SDK method: ${missing.join(', ')}`).toEqual([]);
  });

  it('maps each entry to a real method of the client', () => {
    const client = server.client();
    for (const [operation, method] of Object.entries(SDK_METHODS)) {
      expect(typeof method(client), operation).toBe('function');
    }
  });

  it('lists no operation the server does not have', () => {
    const stale = [...Object.keys(SDK_METHODS), ...NOT_API].filter(
      (operation) => !operations.includes(operation),
    );
    expect(stale).toEqual([]);
  });
});
