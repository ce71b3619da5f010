import type { ProviderMetadata } from '../protocol/ui-message-chunk.js';

/** Text written by the user or streamed by the assistant. */
export interface TextUIPart {
  type: 'text';
  text: string;
  state?: 'streaming' | 'done';
  providerMetadata?: ProviderMetadata;
}

/** A citation kept on an assistant message (`source-document` / `source-url` parts of the stream). */
export interface SourceDocumentUIPart {
  type: 'source-document';
  sourceId: string;
  mediaType: string;
  title: string;
  filename?: string;
  providerMetadata?: ProviderMetadata;
}
export interface SourceUrlUIPart {
  type: 'source-url';
  sourceId: string;
  url: string;
  title?: string;
  providerMetadata?: ProviderMetadata;
}

/** Any other part kind of the AI SDK (files, data, tools…); kept and echoed, not interpreted. */
export interface OtherUIPart {
  type: string;
  [key: string]: unknown;
}

export type UIMessagePart = TextUIPart | SourceDocumentUIPart | SourceUrlUIPart | OtherUIPart;

export type UIMessageRole = 'system' | 'user' | 'assistant';

/** A chat message in the AI SDK's UI message shape. */
export interface UIMessage {
  id: string;
  role: UIMessageRole;
  metadata?: unknown;
  parts: UIMessagePart[];
}
