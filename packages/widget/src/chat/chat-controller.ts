import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Chat, Tessera } from '@tessera/sdk';

export interface ChatConnection {
  baseURL: string;
  apiKey?: string | undefined;
}

/**
 * Binds the SDK's framework-free {@link Chat} to a Lit host: every change of the chat requests an
 * update. All protocol work (requests, parsing, message assembly) stays in the SDK.
 */
export class ChatController implements ReactiveController {
  #chat: Chat | undefined;
  #connection: ChatConnection | undefined;
  #unsubscribe: (() => void) | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The chat for `connection`; a new one when the server or key changed. */
  chatFor(connection: ChatConnection): Chat {
    const same =
      this.#connection?.baseURL === connection.baseURL && this.#connection?.apiKey === connection.apiKey;
    if (!this.#chat || !same) {
      this.#chat?.stop();
      this.#unsubscribe?.();
      const client = new Tessera({ baseURL: connection.baseURL, apiKey: connection.apiKey });
      this.#chat = new Chat({ client });
      this.#connection = connection;
      this.#unsubscribe = this.#chat.subscribe(() => this.host.requestUpdate());
    }
    return this.#chat;
  }

  /** The current chat, if one was made. */
  get chat(): Chat | undefined {
    return this.#chat;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    // An answer nobody can see should not keep streaming (or cost tokens).
    this.#chat?.stop();
  }
}
