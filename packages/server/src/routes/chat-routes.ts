import { chatRequestSchema, problemDetailsSchema, type ChatRequest } from '@tessera/core';
import type { AppDeps } from '../app-deps.js';
import { requirePrincipal } from '../http/auth/request-actor.js';
import { requestLog, requestSignal } from '../http/request-state.js';
import { defineRoute } from '../http/route.js';
import { respondWithUiStream } from '../http/stream/ui-stream-response.js';
import { observeAnswer } from '../observability/observe-answer.js';
import { platformOf } from '../platform-deps.js';
import { answerChat, type AnswerChatDeps } from '../services/chat/answer-chat.js';
import { chatAssistant } from '../services/chat/chat-assistant.js';
import { chatQuestion } from '../services/chat/chat-question.js';

const problem = {
  description: 'The request cannot be answered; see the problem details.',
  schema: problemDetailsSchema,
};

/** `POST /v1/chat`: the AI SDK chat endpoint, answering with a UI message stream. */
export function chatRoutes(deps: AppDeps) {
  const platform = platformOf(deps);
  const chat: AnswerChatDeps = {
    lexicalIndex: deps.lexicalIndex,
    provider: deps.provider,
    usageStore: platform.usageStore,
    limitPolicy: platform.limitPolicy,
    clock: platform.clock,
    onAnswered: (outcome) => observeAnswer(platform.metrics, outcome),
  };
  return [
    defineRoute<ChatRequest>({
      method: 'POST',
      path: '/v1/chat',
      operationId: 'chat.stream',
      summary: 'Stream a cited answer to the last user message (AI SDK UI message stream v1).',
      tag: 'chat',
      access: 'chat',
      body: chatRequestSchema,
      bodyLimit: '1mb',
      responses: {
        200: {
          description: 'Server-sent events, one UI message stream part each, ending with `[DONE]`.',
          contentType: 'text/event-stream',
        },
        400: problem,
        401: problem,
        403: problem,
        413: problem,
        415: problem,
        429: { ...problem, description: 'A rate limit or the daily token budget is spent; see Retry-After.' },
      },
      async handler(ctx) {
        const { question, history } = chatQuestion(ctx.input.body);
        const principal = requirePrincipal(ctx);
        const assistant = await chatAssistant(deps.store, principal);
        const log = requestLog(ctx, platform.logger);
        const onError = (error: unknown) => {
          log.error({ err: error }, 'The answer failed.');
          deps.onError?.(error);
        };
        const signal = requestSignal(ctx);
        const chunks = await answerChat(chat, { principal, assistant, question, history, signal, onError });
        respondWithUiStream(ctx, chunks, {
          shutdownSignal: platform.shutdownSignal,
          activeStreams: platform.metrics.activeStreams,
        });
      },
    }),
  ];
}
