import {
  UI_MESSAGE_STREAM_HEADERS,
  chatRequestSchema,
  problemDetailsSchema,
  type ChatRequest,
} from '@tessera/core';
import type { AppDeps } from '../app-deps.js';
import { defineRoute } from '../http/route.js';
import { toSseBody } from '../http/sse-body.js';
import { chatQuestion } from '../services/chat/chat-question.js';
import { streamChat } from '../services/chat/stream-chat.js';

const problem = {
  description: 'The request cannot be answered; see the problem details.',
  schema: problemDetailsSchema,
};

/** `POST /v1/chat`: the AI SDK chat endpoint, answering with a UI message stream. */
export function chatRoutes(deps: AppDeps) {
  return [
    defineRoute<ChatRequest>({
      method: 'POST',
      path: '/v1/chat',
      operationId: 'chat.stream',
      summary: 'Stream a cited answer to the last user message (AI SDK UI message stream v1).',
      tag: 'chat',
      access: 'public',
      body: chatRequestSchema,
      bodyLimit: '1mb',
      responses: {
        200: {
          description: 'Server-sent events, one UI message stream part each, ending with `[DONE]`.',
          contentType: 'text/event-stream',
        },
        400: problem,
        413: problem,
        415: problem,
      },
      handler(ctx) {
        const { question, history } = chatQuestion(ctx.input.body);
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
    }),
  ];
}
