/** Emitted when the launcher's panel closes. */
export class TesseraCloseEvent extends Event {
  constructor() {
    super('tessera-close', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tessera-close': TesseraCloseEvent;
  }
}
