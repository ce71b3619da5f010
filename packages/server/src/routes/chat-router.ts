import Router from '@koa/router';
import { koaBody } from 'koa-body';
import { UI_MESSAGE_STREAM_HEADERS, chatRequestSchema, type ChatRequest } from '@tessera/core';
import type { AppDeps } from '../app-deps.js';
import { requireJson } from '../http/require-json.js';
import { toSseBody } from '../http/sse-body.js';
import { chatQuestion } from '../services/chat/chat-question.js';
import { streamChat } from '../services/chat/stream-chat.js';

/** `POST /v1/chat`: the AI SDK chat endpoint, answering with a UI message stream. */
export function chatRouter(deps: AppDeps): Router {
  const router = new Router({ prefix: '/v1/chat' });
  router.post(
    '/',
    requireJson(),
    koaBody({ jsonLimit: '1mb', text: false, urlencoded: false }),
    async (ctx) => {
      const request = deps.validator.assert<ChatRequest>(chatRequestSchema, ctx.request.body);
      const { question, history } = chatQuestion(request);
      const abort = new AbortController();
      // 'close' also fires after a normal finish; aborting then is harmless.
      ctx.res.once('close', () => abort.abort());
      ctx.status = 200;
      ctx.set(UI_MESSAGE_STREAM_HEADERS);
      ctx.body = toSseBody(
        streamChat(
          { lexicalIndex: deps.lexicalIndex, provider: deps.provider, onError: deps.onError },
          { workspaceId: deps.assistant.workspaceId, question, history, topK: 4, signal: abort.signal },
        ),
      );
    },
  );
  return router;
}
