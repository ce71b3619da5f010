/** Emitted when the launcher's panel opens. */
export class TesseraOpenEvent extends Event {
  constructor() {
    super('tessera-open', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tessera-open': TesseraOpenEvent;
  }
}
