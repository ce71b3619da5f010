/**
 * @tessera/widget: `<tessera-chat>`. Importing this module registers the element.
 * @packageDocumentation
 */
import './tessera-chat.js';

export { TesseraChat } from './chat/chat.js';
export type { ChatErrorKind } from './chat/error-kind.js';
export type { ChatStrings } from './i18n/chat-strings.js';
export { LOCALES } from './i18n/resolve-locale.js';
export type { Locale } from './i18n/resolve-locale.js';
export { TesseraMessageSubmitEvent } from './events/message-submit.js';
export { TesseraMessageReceiveEvent } from './events/message-receive.js';
export { TesseraErrorEvent } from './events/error.js';
export { TesseraOpenEvent } from './events/open.js';
export { TesseraCloseEvent } from './events/close.js';
