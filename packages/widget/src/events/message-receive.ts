import type { UIMessage } from '@tessera/core';

/** Emitted when an answer is complete (not when it was stopped or failed). */
export class TesseraMessageReceiveEvent extends Event {
  readonly detail: { message: UIMessage };

  constructor(message: UIMessage) {
    super('tessera-message-receive', { bubbles: true, composed: true });
    this.detail = { message };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tessera-message-receive': TesseraMessageReceiveEvent;
  }
}
