import {
  apiKeyListSchema,
  apiKeyParamsSchema,
  apiKeySchema,
  createApiKeyRequestSchema,
  createdApiKeySchema,
  updateApiKeyRequestSchema,
  type CreateApiKeyRequest,
  type UpdateApiKeyRequest,
} from '@tessera/core';
import type { AppDeps } from '../app-deps.js';
import { requestActor } from '../http/auth/request-actor.js';
import { defineRoute } from '../http/route.js';
import {
  createApiKey,
  listApiKeys,
  revokeApiKey,
  rotateApiKey,
  updateApiKey,
} from '../services/keys/api-keys.js';
import { AUTH_PROBLEMS, problemResponses } from './problem-responses.js';

type KeyParams = { id: string };
const created = { description: 'The key record and, shown only now, the key.', schema: createdApiKeySchema };

/** `/v1/keys`: secret and publishable API keys of the workspace. */
export function keyRoutes({ store }: Pick<AppDeps, 'store'>) {
  return [
    defineRoute<CreateApiKeyRequest>({
      method: 'POST',
      path: '/v1/keys',
      operationId: 'keys.create',
      summary: 'Create a secret or publishable key; the answer holds the key, shown only once.',
      tag: 'keys',
      access: 'admin',
      body: createApiKeyRequestSchema,
      bodyLimit: '20kb',
      responses: { 201: created, ...problemResponses(400, ...AUTH_PROBLEMS, 404, 409) },
      async handler(ctx) {
        ctx.status = 201;
        ctx.set('cache-control', 'no-store');
        ctx.body = await createApiKey(store, requestActor(ctx), ctx.input.body);
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/v1/keys',
      operationId: 'keys.list',
      summary: 'List the keys of the workspace: prefix and last four characters, never the key.',
      tag: 'keys',
      access: 'admin',
      responses: {
        200: { description: 'Keys.', schema: apiKeyListSchema },
        ...problemResponses(...AUTH_PROBLEMS),
      },
      async handler(ctx) {
        ctx.body = { data: await listApiKeys(store, requestActor(ctx).workspaceId) };
      },
    }),
    defineRoute<UpdateApiKeyRequest, Record<string, unknown>, KeyParams>({
      method: 'PATCH',
      path: '/v1/keys/:id',
      operationId: 'keys.update',
      summary: "Rename a key or replace a publishable key's allowed origins.",
      tag: 'keys',
      access: 'admin',
      params: apiKeyParamsSchema,
      body: updateApiKeyRequestSchema,
      bodyLimit: '20kb',
      responses: {
        200: { description: 'The key.', schema: apiKeySchema },
        ...problemResponses(400, ...AUTH_PROBLEMS, 404),
      },
      async handler(ctx) {
        ctx.body = await updateApiKey(store, requestActor(ctx), ctx.input.params.id, ctx.input.body);
      },
    }),
    defineRoute<unknown, Record<string, unknown>, KeyParams>({
      method: 'DELETE',
      path: '/v1/keys/:id',
      operationId: 'keys.revoke',
      summary: 'Revoke a key; requests with it fail at once.',
      tag: 'keys',
      access: 'admin',
      params: apiKeyParamsSchema,
      responses: {
        200: { description: 'The revoked key.', schema: apiKeySchema },
        ...problemResponses(400, ...AUTH_PROBLEMS, 404),
      },
      async handler(ctx) {
        ctx.body = await revokeApiKey(store, requestActor(ctx), ctx.input.params.id);
      },
    }),
    defineRoute<unknown, Record<string, unknown>, KeyParams>({
      method: 'POST',
      path: '/v1/keys/:id/rotate',
      operationId: 'keys.rotate',
      summary: 'Replace a key with a new one of the same settings and revoke the old one.',
      tag: 'keys',
      access: 'admin',
      params: apiKeyParamsSchema,
      responses: { 201: created, ...problemResponses(400, ...AUTH_PROBLEMS, 404, 409) },
      async handler(ctx) {
        ctx.status = 201;
        ctx.set('cache-control', 'no-store');
        ctx.body = await rotateApiKey(store, requestActor(ctx), ctx.input.params.id);
      },
    }),
  ];
}
