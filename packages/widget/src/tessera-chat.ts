import { TesseraChat } from './chat/chat.js';
import { defineElement } from './internal/define-element.js';

defineElement('tessera-chat', TesseraChat);

declare global {
  interface HTMLElementTagNameMap {
    'tessera-chat': TesseraChat;
  }
}
