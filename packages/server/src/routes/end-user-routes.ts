import { endUserTokenSchema } from '@tessera/core';
import type { AppDeps } from '../app-deps.js';
import { requirePrincipal } from '../http/auth/request-actor.js';
import { ProblemError } from '../http/problem-error.js';
import { defineRoute } from '../http/route.js';
import { issueAnonymousToken } from '../services/end-users/end-user-tokens.js';
import { serverSecret } from '../services/auth/server-secret.js';
import { AUTH_PROBLEMS, problemResponses } from './problem-responses.js';

/** `POST /v1/end-users/anonymous`: an end-user id chosen by the server, for widgets without a signed-in user. */
export function endUserRoutes({ store }: Pick<AppDeps, 'store'>) {
  return [
    defineRoute({
      method: 'POST',
      path: '/v1/end-users/anonymous',
      operationId: 'endUsers.createAnonymous',
      summary: 'Issue an anonymous end-user token for a publishable key; send it as x-tessera-user-token.',
      tag: 'end-users',
      access: 'chat',
      responses: {
        201: { description: 'The token.', schema: endUserTokenSchema },
        ...problemResponses(...AUTH_PROBLEMS),
      },
      async handler(ctx) {
        const principal = requirePrincipal(ctx);
        if (principal.kind !== 'publishable-key') {
          throw new ProblemError(
            403,
            "Anonymous end-user tokens are for publishable keys. Servers identify their users by signing tokens with the assistant's signing secret.",
            { code: 'forbidden' },
          );
        }
        ctx.status = 201;
        ctx.set('cache-control', 'no-store');
        ctx.body = await issueAnonymousToken(await serverSecret(store), principal.assistantId);
      },
    }),
  ];
}
