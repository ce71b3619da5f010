import {
  memberListSchema,
  memberParamsSchema,
  memberSchema,
  updateMemberRequestSchema,
  type UpdateMemberRequest,
} from '@tessera/core';
import type { AppDeps } from '../app-deps.js';
import { requestActor } from '../http/auth/request-actor.js';
import { defineRoute } from '../http/route.js';
import { changeMemberRole, listMembers, removeMember } from '../services/members/members.js';
import { AUTH_PROBLEMS, problemResponses } from './problem-responses.js';

type MemberParams = { userId: string };

/** `/v1/members`: who is in the workspace, with which role. */
export function memberRoutes({ store }: Pick<AppDeps, 'store'>) {
  return [
    defineRoute({
      method: 'GET',
      path: '/v1/members',
      operationId: 'members.list',
      summary: 'List the members of the workspace with their roles.',
      tag: 'members',
      access: 'viewer',
      responses: {
        200: { description: 'Members.', schema: memberListSchema },
        ...problemResponses(...AUTH_PROBLEMS),
      },
      async handler(ctx) {
        ctx.body = { data: await listMembers(store, requestActor(ctx).workspaceId) };
      },
    }),
    defineRoute<UpdateMemberRequest, Record<string, unknown>, MemberParams>({
      method: 'PATCH',
      path: '/v1/members/:userId',
      operationId: 'members.update',
      summary: "Change a member's role. The last owner cannot be demoted.",
      tag: 'members',
      access: 'admin',
      params: memberParamsSchema,
      body: updateMemberRequestSchema,
      bodyLimit: '10kb',
      responses: {
        200: { description: 'The member.', schema: memberSchema },
        ...problemResponses(400, ...AUTH_PROBLEMS, 404, 409),
      },
      async handler(ctx) {
        ctx.body = await changeMemberRole(
          store,
          requestActor(ctx),
          ctx.input.params.userId,
          ctx.input.body.role,
        );
      },
    }),
    defineRoute<unknown, Record<string, unknown>, MemberParams>({
      method: 'DELETE',
      path: '/v1/members/:userId',
      operationId: 'members.remove',
      summary: 'Remove a member and end their sessions. The last owner cannot be removed.',
      tag: 'members',
      access: 'admin',
      params: memberParamsSchema,
      responses: { 204: { description: 'Removed.' }, ...problemResponses(400, ...AUTH_PROBLEMS, 404, 409) },
      async handler(ctx) {
        await removeMember(store, requestActor(ctx), ctx.input.params.userId);
        ctx.status = 204;
      },
    }),
  ];
}
