import {
  acceptInvitationRequestSchema,
  createdInvitationSchema,
  createInvitationRequestSchema,
  invitationListSchema,
  invitationParamsSchema,
  sessionSchema,
  type AcceptInvitationRequest,
  type CreateInvitationRequest,
} from '@tessera/core';
import type { AppDeps } from '../app-deps.js';
import { requestActor, requestOrigin } from '../http/auth/request-actor.js';
import { defineRoute } from '../http/route.js';
import { serverSecret } from '../services/auth/server-secret.js';
import {
  acceptInvitation,
  createInvitation,
  listInvitations,
  revokeInvitation,
} from '../services/invitations/invitations.js';
import { AUTH_PROBLEMS, problemResponses } from './problem-responses.js';

/** `/v1/invitations`: admins invite people by email; the invitee accepts with the token. */
export function invitationRoutes({ store }: Pick<AppDeps, 'store'>) {
  return [
    defineRoute<CreateInvitationRequest>({
      method: 'POST',
      path: '/v1/invitations',
      operationId: 'invitations.create',
      summary: 'Invite an email into the workspace with a role; the answer holds the token, shown once.',
      tag: 'invitations',
      access: 'admin',
      body: createInvitationRequestSchema,
      bodyLimit: '10kb',
      responses: {
        201: { description: 'The invitation and its token.', schema: createdInvitationSchema },
        ...problemResponses(400, ...AUTH_PROBLEMS, 409),
      },
      async handler(ctx) {
        ctx.status = 201;
        ctx.set('cache-control', 'no-store');
        ctx.body = await createInvitation(store, requestActor(ctx), ctx.input.body);
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/v1/invitations',
      operationId: 'invitations.list',
      summary: 'List the workspace’s invitations, newest first, without their tokens.',
      tag: 'invitations',
      access: 'admin',
      responses: {
        200: { description: 'Invitations.', schema: invitationListSchema },
        ...problemResponses(...AUTH_PROBLEMS),
      },
      async handler(ctx) {
        ctx.body = { data: await listInvitations(store, requestActor(ctx).workspaceId) };
      },
    }),
    defineRoute<unknown, Record<string, unknown>, { id: string }>({
      method: 'DELETE',
      path: '/v1/invitations/:id',
      operationId: 'invitations.revoke',
      summary: 'Revoke a pending invitation.',
      tag: 'invitations',
      access: 'admin',
      params: invitationParamsSchema,
      responses: { 204: { description: 'Revoked.' }, ...problemResponses(400, ...AUTH_PROBLEMS, 404, 409) },
      async handler(ctx) {
        await revokeInvitation(store, requestActor(ctx), ctx.input.params.id);
        ctx.status = 204;
      },
    }),
    defineRoute<AcceptInvitationRequest>({
      method: 'POST',
      path: '/v1/invitations/accept',
      operationId: 'invitations.accept',
      summary: 'Accept an invitation with its token, creating the account if needed; answers a session.',
      tag: 'invitations',
      access: 'public',
      body: acceptInvitationRequestSchema,
      bodyLimit: '10kb',
      responses: {
        200: { description: 'A session in the workspace.', schema: sessionSchema },
        ...problemResponses(400, 401, 404, 409),
      },
      async handler(ctx) {
        ctx.set('cache-control', 'no-store');
        ctx.body = await acceptInvitation(
          store,
          await serverSecret(store),
          ctx.input.body,
          requestOrigin(ctx),
        );
      },
    }),
  ];
}
