/** Emitted before a message is sent; call `preventDefault()` to keep it from being sent. */
export class TesseraMessageSubmitEvent extends Event {
  readonly detail: { text: string };

  constructor(text: string) {
    super('tessera-message-submit', { bubbles: true, composed: true, cancelable: true });
    this.detail = { text };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tessera-message-submit': TesseraMessageSubmitEvent;
  }
}
