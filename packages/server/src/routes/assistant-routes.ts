import {
  assistantLimitsSchema,
  assistantListSchema,
  assistantParamsSchema,
  assistantSchema,
  publicAssistantSchema,
  signingSecretSchema,
  type AssistantLimits,
} from '@tessera/core';
import type { AppDeps } from '../app-deps.js';
import { requestActor, requirePrincipal } from '../http/auth/request-actor.js';
import { defineRoute } from '../http/route.js';
import {
  getAssistant,
  getPublicAssistant,
  listAssistants,
  readSigningSecret,
  rotateSigningSecret,
} from '../services/assistants/assistants.js';
import { readAssistantLimits, replaceAssistantLimits } from '../services/assistants/assistant-limits.js';
import { AUTH_PROBLEMS, problemResponses } from './problem-responses.js';

type AssistantParams = { id: string };
const secret = { description: "The assistant's signing secret.", schema: signingSecretSchema };
const limits = { description: "The assistant's own limits.", schema: assistantLimitsSchema };

/** `/v1/assistants`: the workspace's assistants, their public face, signing secrets and limits. */
export function assistantRoutes({ store }: Pick<AppDeps, 'store'>) {
  return [
    defineRoute({
      method: 'GET',
      path: '/v1/assistants',
      operationId: 'assistants.list',
      summary: 'List the assistants of the workspace.',
      tag: 'assistants',
      access: 'viewer',
      responses: {
        200: { description: 'Assistants.', schema: assistantListSchema },
        ...problemResponses(...AUTH_PROBLEMS),
      },
      async handler(ctx) {
        ctx.body = { data: await listAssistants(store, requestActor(ctx).workspaceId) };
      },
    }),
    defineRoute<unknown, Record<string, unknown>, AssistantParams>({
      method: 'GET',
      path: '/v1/assistants/:id',
      operationId: 'assistants.get',
      summary: 'Get one assistant.',
      tag: 'assistants',
      access: 'viewer',
      params: assistantParamsSchema,
      responses: {
        200: { description: 'The assistant.', schema: assistantSchema },
        ...problemResponses(400, ...AUTH_PROBLEMS, 404),
      },
      async handler(ctx) {
        ctx.body = await getAssistant(store, requestActor(ctx).workspaceId, ctx.input.params.id);
      },
    }),
    defineRoute<unknown, Record<string, unknown>, AssistantParams>({
      method: 'GET',
      path: '/v1/assistants/:id/public',
      operationId: 'assistants.getPublic',
      summary: "The assistant's public configuration (name, greeting), for widgets with a publishable key.",
      tag: 'assistants',
      access: 'chat',
      assistantParam: 'id',
      params: assistantParamsSchema,
      responses: {
        200: { description: 'Name and greeting.', schema: publicAssistantSchema },
        ...problemResponses(400, ...AUTH_PROBLEMS, 404),
      },
      async handler(ctx) {
        ctx.body = await getPublicAssistant(store, requirePrincipal(ctx).workspaceId, ctx.input.params.id);
      },
    }),
    defineRoute<unknown, Record<string, unknown>, AssistantParams>({
      method: 'GET',
      path: '/v1/assistants/:id/signing-secret',
      operationId: 'assistants.getSigningSecret',
      summary: 'Read the HS256 secret your backend signs end-user tokens with (made on first read).',
      tag: 'assistants',
      access: 'admin',
      params: assistantParamsSchema,
      responses: { 200: secret, ...problemResponses(400, ...AUTH_PROBLEMS, 404) },
      async handler(ctx) {
        ctx.set('cache-control', 'no-store');
        ctx.body = await readSigningSecret(store, requestActor(ctx), ctx.input.params.id);
      },
    }),
    defineRoute<unknown, Record<string, unknown>, AssistantParams>({
      method: 'POST',
      path: '/v1/assistants/:id/signing-secret/rotate',
      operationId: 'assistants.rotateSigningSecret',
      summary: 'Replace the signing secret; end-user tokens signed with the old one stop working.',
      tag: 'assistants',
      access: 'admin',
      params: assistantParamsSchema,
      responses: { 200: secret, ...problemResponses(400, ...AUTH_PROBLEMS, 404) },
      async handler(ctx) {
        ctx.set('cache-control', 'no-store');
        ctx.body = await rotateSigningSecret(store, requestActor(ctx), ctx.input.params.id);
      },
    }),
    defineRoute<AssistantLimits, Record<string, unknown>, AssistantParams>({
      method: 'GET',
      path: '/v1/assistants/:id/limits',
      operationId: 'assistants.getLimits',
      summary:
        "The assistant's own rate limits and token budgets (fields left out use the server's defaults).",
      tag: 'assistants',
      access: 'admin',
      params: assistantParamsSchema,
      responses: { 200: limits, ...problemResponses(400, ...AUTH_PROBLEMS, 404) },
      async handler(ctx) {
        ctx.body = await readAssistantLimits(store, requestActor(ctx), ctx.input.params.id);
      },
    }),
    defineRoute<AssistantLimits, Record<string, unknown>, AssistantParams>({
      method: 'PUT',
      path: '/v1/assistants/:id/limits',
      operationId: 'assistants.setLimits',
      summary:
        "Replace the assistant's rate limits and budgets; `null` lifts one, a left-out field uses the default.",
      tag: 'assistants',
      access: 'admin',
      params: assistantParamsSchema,
      body: assistantLimitsSchema,
      responses: { 200: limits, ...problemResponses(400, ...AUTH_PROBLEMS, 404) },
      async handler(ctx) {
        ctx.body = await replaceAssistantLimits(
          store,
          requestActor(ctx),
          ctx.input.params.id,
          ctx.input.body,
        );
      },
    }),
  ];
}
