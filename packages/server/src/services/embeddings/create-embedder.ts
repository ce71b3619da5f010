import { CohereEmbedder, type CohereEmbedderOptions } from '../../adapters/cohere/cohere-embedder.js';
import { OpenAiEmbedder, type OpenAiEmbedderOptions } from '../../adapters/openai/openai-embedder.js';
import type { Embedder } from '../../ports/embedder.js';
import type { EmbeddingCache } from '../../ports/embedding-cache.js';
import { CachedEmbedder } from './cached-embedder.js';

/** Which embedding provider to use; `none` means lexical retrieval only. */
export type EmbeddingSettings =
  | { provider: 'none' }
  | ({ provider: 'openai' } & OpenAiEmbedderOptions)
  | ({ provider: 'cohere' } & CohereEmbedderOptions);

/** Builds the configured embedder behind the content-hash cache; undefined for `none`. */
export function createEmbedder(settings: EmbeddingSettings, cache?: EmbeddingCache): Embedder | undefined {
  let embedder: Embedder;
  switch (settings.provider) {
    case 'none':
      return undefined;
    case 'openai':
      embedder = new OpenAiEmbedder(settings);
      break;
    case 'cohere':
      embedder = new CohereEmbedder(settings);
      break;
  }
  return cache ? new CachedEmbedder(embedder, cache) : embedder;
}
