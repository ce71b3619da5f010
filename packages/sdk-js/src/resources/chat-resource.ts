import type { ChatRequest } from '@tessera/core';
import { APIResource } from '../core/api-resource.js';
import { ChatStream } from '../core/chat-stream.js';
import type { ChatClient, RequestOptions } from '../chat-client.js';

/** `client.chat`: answers from the knowledge base, streamed. */
export class ChatResource extends APIResource<ChatClient> {
  /**
   * Sends the conversation to `POST /v1/chat` and streams the assistant's answer as UI message
   * chunks. The request starts on the first read of the returned stream.
   *
   * @example
   * ```ts
   * const answer = await client.chat
   *   .stream({ messages: [{ id: '1', role: 'user', parts: [{ type: 'text', text: 'What is Tessera?' }] }] })
   *   .text();
   * ```
   */
  stream(params: ChatRequest, options: RequestOptions = {}): ChatStream {
    const controller = new AbortController();
    const { signal } = options;
    if (signal?.aborted) controller.abort();
    else signal?.addEventListener('abort', () => controller.abort(), { once: true });
    return ChatStream.fromResponse(
      () =>
        this._client.request(
          {
            method: 'POST',
            path: '/v1/chat',
            body: params,
            headers: { accept: 'text/event-stream' },
            // Nothing is answered twice: the client never retries once bytes arrived.
            retryable: true,
          },
          { ...options, signal: controller.signal },
        ),
      controller,
    );
  }
}
