import { auditPageSchema, auditQuerySchema, type AuditQuery } from '@tessera/core';
import type { AppDeps } from '../app-deps.js';
import { requestActor } from '../http/auth/request-actor.js';
import { defineRoute } from '../http/route.js';
import { listAudit } from '../services/audit/list-audit.js';
import { AUTH_PROBLEMS, problemResponses } from './problem-responses.js';

/** `GET /v1/audit`: the workspace's administrative actions, newest first. */
export function auditRoutes({ store }: Pick<AppDeps, 'store'>) {
  return [
    defineRoute<unknown, AuditQuery>({
      method: 'GET',
      path: '/v1/audit',
      operationId: 'audit.list',
      summary:
        'List audit entries, newest first; filter by action, actorId, since and until; page with cursor.',
      tag: 'audit',
      access: 'admin',
      query: auditQuerySchema,
      responses: {
        200: { description: 'One page of entries.', schema: auditPageSchema },
        ...problemResponses(400, ...AUTH_PROBLEMS),
      },
      async handler(ctx) {
        ctx.body = await listAudit(store, requestActor(ctx).workspaceId, ctx.input.query);
      },
    }),
  ];
}
