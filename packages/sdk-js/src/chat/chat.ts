import type { ChatRequest, UIMessage } from '@tessera/core';
import type { ChatClient } from '../chat-client.js';
import type { ChatStream } from '../core/chat-stream.js';
import { APIUserAbortError, TesseraError } from '../core/errors.js';
import { generateId } from '../internal/generate-id.js';
import { MessageAssembler } from './message-assembler.js';

/**
 * Where a chat is: `submitted` until the first chunk of the answer, `streaming` until its end, then
 * `ready`, or `error` when the answer failed (see `chat.error`).
 */
export type ChatStatus = 'ready' | 'submitted' | 'streaming' | 'error';

/** Options of a {@link Chat}. */
export interface ChatOptions {
  /** The client that sends the conversation; only its `chat` resource is used. */
  client: Pick<ChatClient, 'chat'>;
  /** Conversation id, under which the server keeps the history; random by default. */
  id?: string | undefined;
  /** Messages to start from, e.g. a restored conversation. */
  messages?: readonly UIMessage[] | undefined;
  /** Makes message ids; random hex by default. */
  generateId?: (() => string) | undefined;
}

/**
 * Framework-free chat state: the messages, the status of the current answer and its error. UI
 * bindings subscribe to it and re-render; every change replaces `messages` (and the message being
 * streamed) with new objects, so comparing references is enough to detect it.
 *
 * @example
 * ```ts
 * const chat = new Chat({ client });
 * chat.subscribe(() => render(chat.messages, chat.status));
 * await chat.send('What is Tessera?');
 * ```
 */
export class Chat {
  /** The conversation id sent with every request. */
  readonly id: string;
  readonly #client: Pick<ChatClient, 'chat'>;
  readonly #generateId: () => string;
  readonly #listeners = new Set<() => void>();
  #messages: readonly UIMessage[];
  #status: ChatStatus = 'ready';
  #error: Error | undefined;
  #stream: ChatStream | undefined;

  constructor(options: ChatOptions) {
    this.#client = options.client;
    this.#generateId = options.generateId ?? generateId;
    this.id = options.id ?? this.#generateId();
    this.#messages = options.messages ?? [];
  }

  /** The conversation, oldest first. */
  get messages(): readonly UIMessage[] {
    return this.#messages;
  }

  /** Where the current answer is. */
  get status(): ChatStatus {
    return this.#status;
  }

  /** Why the last answer failed, while `status` is `error`. */
  get error(): Error | undefined {
    return this.#error;
  }

  /** Calls `listener` after every change of messages, status or error; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /**
   * Sends a user message and streams the answer into `messages`. Resolves when the answer is over;
   * failures never reject but set `status` to `error` and fill `error`. An unfinished answer is
   * stopped first.
   */
  send(text: string): Promise<void> {
    const message: UIMessage = { id: this.#generateId(), role: 'user', parts: [{ type: 'text', text }] };
    return this.#submit([...this.#messages, message], 'submit-message');
  }

  /** Drops the last answer, if the conversation ends with one, and asks for a new one. */
  regenerate(): Promise<void> {
    const last = this.#messages.at(-1);
    const answer = last?.role === 'assistant' ? last : undefined;
    const messages = answer ? this.#messages.slice(0, -1) : this.#messages;
    if (messages.length === 0) {
      return Promise.reject(
        new TesseraError('There is no message to answer again. Call chat.send(text) first.'),
      );
    }
    return this.#submit(messages, 'regenerate-message', answer?.id);
  }

  /** Stops the current answer; what arrived so far stays, and the status becomes `ready`. */
  stop(): void {
    this.#stream?.abort();
  }

  async #submit(
    messages: readonly UIMessage[],
    trigger: ChatRequest['trigger'],
    messageId?: string,
  ): Promise<void> {
    this.#stream?.abort();
    const request: ChatRequest = { id: this.id, messages: [...messages], trigger };
    if (messageId) request.messageId = messageId;
    const stream = this.#client.chat.stream(request);
    this.#stream = stream;
    this.#set(messages, 'submitted', undefined);
    const assembler = new MessageAssembler(this.#generateId());
    let error: Error | undefined;
    try {
      for await (const chunk of stream) {
        // A newer send() took over: this answer no longer belongs in the state.
        if (this.#stream !== stream) return;
        if (chunk.type === 'error') {
          // The protocol ends the stream after an error; what arrived before it stays visible.
          error = new TesseraError(chunk.errorText);
          break;
        }
        if (assembler.push(chunk) || this.#status === 'submitted') {
          this.#set([...messages, assembler.message], 'streaming', undefined);
        }
      }
    } catch (caught) {
      if (!APIUserAbortError.isInstance(caught)) {
        error = caught instanceof Error ? caught : new TesseraError(String(caught));
      }
    }
    if (this.#stream !== stream) return;
    this.#stream = undefined;
    this.#set(this.#messages, error ? 'error' : 'ready', error);
  }

  #set(messages: readonly UIMessage[], status: ChatStatus, error: Error | undefined): void {
    this.#messages = messages;
    this.#status = status;
    this.#error = error;
    for (const listener of this.#listeners) listener();
  }
}
