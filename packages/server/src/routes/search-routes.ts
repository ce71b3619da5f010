import { searchRequestSchema, searchResultSchema, type SearchRequest } from '@tessera/core';
import type { AppDeps } from '../app-deps.js';
import { requestActor } from '../http/auth/request-actor.js';
import { ProblemError } from '../http/problem-error.js';
import { defineRoute } from '../http/route.js';
import { search, SearchError } from '../services/retrieval/search.js';
import { AUTH_PROBLEMS, problemResponses } from './problem-responses.js';

/** `POST /v1/search`: ranked passages of the workspace's knowledge base. */
export function searchRoutes({ knowledge }: Required<Pick<AppDeps, 'knowledge'>>) {
  return [
    defineRoute<SearchRequest>({
      method: 'POST',
      path: '/v1/search',
      operationId: 'search.query',
      summary: 'Search the knowledge base: ranked chunks with scores, highlights and citation data.',
      tag: 'search',
      // `viewer`, not `chat`: issue 4 makes search a workspace operation over every document and
      // collection, returning raw passages. Publishable keys live in public web pages and are bound
      // to one assistant (whose retrieval settings narrow what chat may read), so they must not get
      // an unrestricted read of the whole knowledge base; members and secret keys may.
      access: 'viewer',
      body: searchRequestSchema,
      bodyLimit: '20kb',
      responses: {
        200: { description: 'The best chunks first.', schema: searchResultSchema },
        ...problemResponses(400, ...AUTH_PROBLEMS),
      },
      async handler(ctx) {
        const { workspaceId } = requestActor(ctx);
        const { query, topK, threshold, mode, filter, rerank } = ctx.input.body;
        try {
          const result = await search(knowledge.base.search, {
            workspaceId,
            query,
            ...(topK !== undefined ? { topK } : {}),
            ...(threshold !== undefined ? { threshold } : {}),
            ...(mode !== undefined ? { mode } : {}),
            ...(filter !== undefined ? { filter } : {}),
            ...(rerank !== undefined ? { rerank } : {}),
          });
          ctx.body = { mode: result.mode, data: result.hits };
        } catch (error) {
          if (error instanceof SearchError)
            throw new ProblemError(400, error.message, { code: 'invalid_search' });
          throw error;
        }
      },
    }),
  ];
}
