/**
 * @tessera/sdk: the typed client of the Tessera API and a framework-free chat state, for browsers,
 * Node and edge runtimes.
 * @packageDocumentation
 */
export { Tessera } from './client.js';
export type { TesseraOptions, RequestOptions, RequestInput } from './client.js';
export { ChatResource } from './resources/chat-resource.js';
export { ChatStream } from './core/chat-stream.js';
export {
  TesseraError,
  APIError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
} from './core/errors.js';
export { Chat } from './chat/chat.js';
export type { ChatOptions, ChatStatus } from './chat/chat.js';
export { MessageAssembler } from './chat/message-assembler.js';
