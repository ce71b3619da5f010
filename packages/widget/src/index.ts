/**
 * @tessera/widget: `<tessera-chat>`. Importing this module registers the element.
 * @packageDocumentation
 */
import './tessera-chat.js';

export { TesseraChat } from './chat/chat.js';
export { TesseraMessageSubmitEvent } from './events/message-submit.js';
export { TesseraOpenEvent, TesseraCloseEvent } from './events/open-change.js';
