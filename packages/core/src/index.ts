/**
 * @tessera/core: the schemas, types and stream protocol every other Tessera package agrees on.
 * @packageDocumentation
 */
export {
  uiMessageChunkSchema,
  dataChunkSchema,
  sourceDocumentChunkSchema,
  textDeltaChunkSchema,
} from './protocol/ui-message-chunk.schema.js';
export type {
  UIMessageChunk,
  StartChunk,
  TextStartChunk,
  TextDeltaChunk,
  TextEndChunk,
  SourceUrlChunk,
  SourceDocumentChunk,
  FileChunk,
  ErrorChunk,
  StartStepChunk,
  FinishStepChunk,
  FinishChunk,
  FinishReason,
  AbortChunk,
  MessageMetadataChunk,
  DataChunk,
  ProviderMetadata,
} from './protocol/ui-message-chunk.js';
export { UI_MESSAGE_STREAM_HEADERS, STREAM_DONE, SSE_DONE_EVENT, encodeSseChunk } from './protocol/sse.js';
export { uiMessageSchema, uiMessagePartSchema } from './chat/ui-message.schema.js';
export type {
  UIMessage,
  UIMessagePart,
  UIMessageRole,
  TextUIPart,
  SourceDocumentUIPart,
  SourceUrlUIPart,
  OtherUIPart,
} from './chat/ui-message.js';
export { chatRequestSchema } from './chat/chat-request.schema.js';
export type { ChatRequest } from './chat/chat-request.js';
export { getSourceMetadata } from './chat/source-metadata.js';
export type { SourceMetadata } from './chat/source-metadata.js';
export { problemDetailsSchema } from './problem/problem-details.schema.js';
export { PROBLEM_CONTENT_TYPE } from './problem/problem-details.js';
export type { ProblemDetails, ProblemFieldError } from './problem/problem-details.js';
export {
  loginRequestSchema,
  refreshTokenRequestSchema,
  sessionSchema,
  currentPrincipalSchema,
} from './auth/session.schema.js';
export type { LoginRequest, RefreshTokenRequest, User, Session, CurrentPrincipal } from './auth/session.js';
export {
  roleSchema,
  memberSchema,
  memberListSchema,
  updateMemberRequestSchema,
  memberParamsSchema,
} from './members/member.schema.js';
export type { Role, Member, MemberList, UpdateMemberRequest } from './members/member.js';
export {
  createInvitationRequestSchema,
  createdInvitationSchema,
  invitationListSchema,
  acceptInvitationRequestSchema,
  invitationParamsSchema,
} from './invitations/invitation.schema.js';
export type {
  CreateInvitationRequest,
  Invitation,
  CreatedInvitation,
  InvitationList,
  AcceptInvitationRequest,
} from './invitations/invitation.js';
export {
  allowedOriginSchema,
  createApiKeyRequestSchema,
  updateApiKeyRequestSchema,
  apiKeySchema,
  createdApiKeySchema,
  apiKeyListSchema,
  apiKeyParamsSchema,
} from './keys/api-key.schema.js';
export type {
  ApiKeyType,
  CreateApiKeyRequest,
  UpdateApiKeyRequest,
  ApiKey,
  CreatedApiKey,
  ApiKeyList,
} from './keys/api-key.js';
export {
  assistantSchema,
  assistantListSchema,
  publicAssistantSchema,
  signingSecretSchema,
  assistantParamsSchema,
} from './assistants/assistant.schema.js';
export type { AssistantInfo, AssistantList, PublicAssistant, SigningSecret } from './assistants/assistant.js';
export { endUserTokenSchema } from './end-users/end-user-token.schema.js';
export { END_USER_TOKEN_HEADER } from './end-users/end-user-token.js';
export type { EndUserToken } from './end-users/end-user-token.js';
export { auditQuerySchema, auditPageSchema } from './audit/audit-entry.schema.js';
export type { AuditActor, AuditEntry, AuditQuery, AuditPage } from './audit/audit-entry.js';
export { assistantLimitsSchema } from './assistants/assistant-limits.schema.js';
export type { AssistantLimits } from './assistants/assistant-limits.js';
export {
  createTextDocumentRequestSchema,
  documentUploadFieldsSchema,
  acceptedDocumentSchema,
  documentSchema,
  documentListQuerySchema,
  documentPageSchema,
  deletedDocumentSchema,
  documentParamsSchema,
} from './documents/document.schema.js';
export type {
  DocumentStatus,
  CreateTextDocumentRequest,
  DocumentUploadFields,
  AcceptedDocument,
  Document,
  DocumentListQuery,
  DocumentPage,
  DeletedDocument,
} from './documents/document.js';
export { searchRequestSchema, searchResultSchema } from './search/search.schema.js';
export type { SearchMode, SearchRequest, SearchCitation, SearchHit, SearchResult } from './search/search.js';
