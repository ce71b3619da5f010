import type { ChatErrorKind } from '../chat/error-kind.js';

/**
 * Emitted when an answer fails. `detail.error` is the SDK's error (check it with the SDK's
 * `isInstance` helpers); `detail.kind` is what the chat told the user.
 */
export class TesseraErrorEvent extends Event {
  readonly detail: { error: Error; kind: ChatErrorKind };

  constructor(error: Error, kind: ChatErrorKind) {
    super('tessera-error', { bubbles: true, composed: true });
    this.detail = { error, kind };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tessera-error': TesseraErrorEvent;
  }
}
