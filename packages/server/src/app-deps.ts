import type { Validator } from './http/validator.js';
import type { PlatformOptions } from './platform-deps.js';
import type { LexicalIndex } from './ports/lexical-index.js';
import type { LlmProvider } from './ports/llm-provider.js';
import type { Assistant, Store } from './ports/store.js';
import type { KnowledgeBase } from './services/create-knowledge-base.js';
import type { DocumentJobs } from './services/ingest/document-jobs.js';

/** Everything the HTTP app needs, built by the caller so tests can swap any part. */
export interface AppDeps {
  store: Store;
  lexicalIndex: LexicalIndex;
  provider: LlmProvider;
  validator: Validator;
  /** The assistant that answers on this server until keys choose one per request. */
  assistant: Assistant;
  /** Path of the built script-tag bundle; `/widget.js` answers 404 when it is missing. */
  widgetBundlePath?: string;
  /** Told about every unexpected error, after it is logged with its stack. */
  onError?: (error: unknown) => void;
  /** Logs, metrics, limits, usage, readiness and shutdown; every part has a default. */
  platform?: PlatformOptions;
  /** Check every JSON answer against its route's response schema (tests); see `MountOptions`. */
  checkResponses?: boolean;
  /** Uploaded documents and search; the document and search routes answer only when it is given. */
  knowledge?: { base: KnowledgeBase; jobs: DocumentJobs };
}
