import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { UIMessage } from '@tessera/core';
import { Chat, ChatClient, type ChatStatus } from '@tessera/sdk';

/** Where and as whom the chat talks to the server. */
export interface ChatConnection {
  baseURL: string;
  apiKey?: string | undefined;
  /** The end user's token from the host's backend, sent as the `x-tessera-user-token` header. */
  userToken?: string | undefined;
}

/** What the host hears about besides re-rendering. */
export interface ChatCallbacks {
  /** An answer completed normally (not stopped, not failed). */
  onAnswer(message: UIMessage): void;
  /** An answer failed. */
  onError(error: Error): void;
}

/** Header that carries the end user's token; see docs/decisions/0004. */
export const USER_TOKEN_HEADER = 'x-tessera-user-token';

const busy = (status: ChatStatus | undefined) => status === 'submitted' || status === 'streaming';

/**
 * Binds the SDK's framework-free {@link Chat} to a Lit host. The SDK notifies on every chunk; the
 * host re-renders at most once per animation frame, so a fast stream costs one render per frame, not
 * one per token. Status changes are reported at once, without waiting for a frame.
 */
export class ChatController implements ReactiveController {
  #chat: Chat | undefined;
  #key = '';
  #unsubscribe: (() => void) | undefined;
  #frame = 0;
  #status: ChatStatus | undefined;
  #stopped = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callbacks: ChatCallbacks,
  ) {
    host.addController(this);
  }

  /**
   * The chat for `connection`. A new server, key or user gets a new client; the conversation carries
   * over, because a refreshed user token must not wipe what the user is reading.
   */
  chatFor(connection: ChatConnection): Chat {
    const key = JSON.stringify([connection.baseURL, connection.apiKey, connection.userToken]);
    if (!this.#chat || key !== this.#key) {
      const previous = this.#chat;
      previous?.stop();
      this.#attach(
        new Chat({
          client: new ChatClient({
            baseURL: connection.baseURL,
            apiKey: connection.apiKey,
            defaultHeaders: connection.userToken ? { [USER_TOKEN_HEADER]: connection.userToken } : undefined,
          }),
          id: previous?.id,
          messages: previous?.messages,
        }),
      );
      this.#key = key;
    }
    return this.#chat!;
  }

  /** The current chat, if one was made. */
  get chat(): Chat | undefined {
    return this.#chat;
  }

  /** Stops the current answer; it will not count as received. */
  stop(): void {
    this.#stopped = true;
    this.#chat?.stop();
  }

  /** Forgets the conversation: the next message starts a new one, with a new id. */
  reset(): void {
    this.#chat?.stop();
    this.#unsubscribe?.();
    this.#chat = undefined;
    this.#key = '';
    this.#status = undefined;
    this.host.requestUpdate();
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    // An answer nobody can see should not keep streaming (or cost tokens).
    this.#chat?.stop();
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  #attach(chat: Chat): void {
    this.#unsubscribe?.();
    this.#chat = chat;
    this.#status = chat.status;
    this.#unsubscribe = chat.subscribe(() => this.#changed(chat));
  }

  #changed(chat: Chat): void {
    const before = this.#status;
    const now = chat.status;
    this.#status = now;
    // Every request starts as `submitted`, even one that replaced a running answer.
    if (now === 'submitted') this.#stopped = false;
    if (busy(before) && now === 'ready' && !this.#stopped) {
      const last = chat.messages.at(-1);
      if (last?.role === 'assistant') this.callbacks.onAnswer(last);
    }
    if (now === 'error' && before !== 'error' && chat.error) this.callbacks.onError(chat.error);
    // A new status renders at once (buttons, indicators); text deltas wait for the next frame.
    if (before !== now) {
      this.host.requestUpdate();
      return;
    }
    this.#frame ||= requestAnimationFrame(() => {
      this.#frame = 0;
      this.host.requestUpdate();
    });
  }
}
