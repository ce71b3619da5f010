import type { Validator } from './http/validator.js';
import type { LexicalIndex } from './ports/lexical-index.js';
import type { LlmProvider } from './ports/llm-provider.js';
import type { Assistant, Store } from './ports/store.js';

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
  /** Where unexpected errors go; defaults to the process's stderr. */
  onError?: (error: unknown) => void;
}
