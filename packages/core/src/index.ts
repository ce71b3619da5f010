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
