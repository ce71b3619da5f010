/** Provider-specific metadata, keyed by provider; Tessera's own lives under `tessera`. */
export type ProviderMetadata = Record<string, Record<string, unknown>>;

export type FinishReason = 'stop' | 'length' | 'content-filter' | 'tool-calls' | 'error' | 'other';

/** Opens an assistant message. */
export interface StartChunk {
  type: 'start';
  messageId?: string;
  messageMetadata?: unknown;
}
/** Opens a text block; its deltas share the block's `id`. */
export interface TextStartChunk {
  type: 'text-start';
  id: string;
  providerMetadata?: ProviderMetadata;
}
/** A piece of text appended to the block `id`. */
export interface TextDeltaChunk {
  type: 'text-delta';
  id: string;
  delta: string;
  providerMetadata?: ProviderMetadata;
}
/** Closes the text block `id`. */
export interface TextEndChunk {
  type: 'text-end';
  id: string;
  providerMetadata?: ProviderMetadata;
}
/** A citation that points at a web page. */
export interface SourceUrlChunk {
  type: 'source-url';
  sourceId: string;
  url: string;
  title?: string;
  providerMetadata?: ProviderMetadata;
}
/** A citation that points at a document of the knowledge base; details in `providerMetadata.tessera`. */
export interface SourceDocumentChunk {
  type: 'source-document';
  sourceId: string;
  mediaType: string;
  title: string;
  filename?: string;
  providerMetadata?: ProviderMetadata;
}
/** A file attached to the answer. */
export interface FileChunk {
  type: 'file';
  url: string;
  mediaType: string;
  providerMetadata?: ProviderMetadata;
}
/** Ends the answer with a message meant for a person; the stream stops after it. */
export interface ErrorChunk {
  type: 'error';
  errorText: string;
}
export interface StartStepChunk {
  type: 'start-step';
}
export interface FinishStepChunk {
  type: 'finish-step';
}
/** Closes the assistant message. */
export interface FinishChunk {
  type: 'finish';
  finishReason?: FinishReason;
  messageMetadata?: unknown;
}
/** The answer was stopped before it finished. */
export interface AbortChunk {
  type: 'abort';
  reason?: string;
}
export interface MessageMetadataChunk {
  type: 'message-metadata';
  messageMetadata: unknown;
}
/** Tessera's extras: `data-usage`, `data-follow-ups`, … */
export interface DataChunk<Name extends string = string, Data = unknown> {
  type: `data-${Name}`;
  id?: string;
  data: Data;
  transient?: boolean;
}

/** One part of the AI SDK UI Message Stream v1. */
export type UIMessageChunk =
  | StartChunk
  | TextStartChunk
  | TextDeltaChunk
  | TextEndChunk
  | SourceUrlChunk
  | SourceDocumentChunk
  | FileChunk
  | ErrorChunk
  | StartStepChunk
  | FinishStepChunk
  | FinishChunk
  | AbortChunk
  | MessageMetadataChunk
  | DataChunk;
