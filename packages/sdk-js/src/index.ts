/**
 * @tessera/sdk: the typed client of the Tessera API and a framework-free chat state, for browsers,
 * Node and edge runtimes.
 * @packageDocumentation
 */
export { Tessera } from './client.js';
export { ChatClient } from './chat-client.js';
export type { TesseraOptions, RequestOptions, RequestInput, CallOptions } from './client.js';
export { ChatResource } from './resources/chat-resource.js';
export { Auth } from './resources/auth.js';
export { Keys } from './resources/keys.js';
export { Members } from './resources/members.js';
export { Invitations } from './resources/invitations.js';
export { Assistants, SigningSecrets } from './resources/assistants.js';
export { EndUsers } from './resources/end-users.js';
export { Audit } from './resources/audit.js';
export type { AuditListParams } from './resources/audit.js';
export { Documents } from './resources/documents.js';
export type { DocumentListParams } from './resources/documents.js';
export { Search } from './resources/search.js';
export { Operations } from './resources/operations.js';
export type { HealthStatus, ReadyStatus } from './resources/operations.js';
export { CursorPage, PagePromise } from './core/pagination.js';
export type { CursorPageData } from './core/pagination.js';
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
