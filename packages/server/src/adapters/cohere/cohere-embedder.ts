import type { CohereClientV2 } from 'cohere-ai';
import type { EmbedOptions, Embedder } from '../../ports/embedder.js';
import { inBatches } from '../embedding-batches.js';
import { cohereClient, type CohereClientOptions } from './cohere-client.js';

const KNOWN_DIMENSIONS: Record<string, number> = {
  'embed-v4.0': 1536,
  'embed-english-v3.0': 1024,
  'embed-multilingual-v3.0': 1024,
  'embed-english-light-v3.0': 384,
  'embed-multilingual-light-v3.0': 384,
};
/** Cohere's limit of texts per embed call. */
const MAX_TEXTS = 96;

export interface CohereEmbedderOptions extends CohereClientOptions {
  /** `embed-v4.0` by default. */
  model?: string;
  /** embed-v4.0 can shorten its vectors to 256, 512 or 1024. */
  dimensions?: number;
}

/**
 * {@link Embedder} through Cohere's v2 embed API. Passages are embedded as `search_document` and
 * questions as `search_query`: the v3+ models are asymmetric and expect to be told which is which.
 */
export class CohereEmbedder implements Embedder {
  readonly id: string;
  readonly dimensions: number;
  private readonly client: CohereClientV2;
  private readonly model: string;

  constructor(private readonly options: CohereEmbedderOptions) {
    this.model = options.model ?? 'embed-v4.0';
    const dimensions = options.dimensions ?? KNOWN_DIMENSIONS[this.model];
    if (!dimensions) {
      throw new Error(
        `The vector size of Cohere model "${this.model}" is unknown; set its dimensions in the embedding settings.`,
      );
    }
    this.dimensions = dimensions;
    this.id = `cohere:${this.model}:${dimensions}`;
    this.client = cohereClient(options);
  }

  embedDocuments(texts: string[], options: EmbedOptions = {}): Promise<Float32Array[]> {
    return inBatches(
      texts,
      MAX_TEXTS,
      (batch) => this.embed(batch, 'search_document', options.signal),
      options,
    );
  }

  async embedQuery(text: string, options: EmbedOptions = {}): Promise<Float32Array> {
    return (await this.embed([text], 'search_query', options.signal))[0]!;
  }

  private async embed(
    texts: string[],
    inputType: 'search_document' | 'search_query',
    signal?: AbortSignal,
  ): Promise<Float32Array[]> {
    const response = await this.client.embed(
      {
        model: this.model,
        texts,
        inputType,
        embeddingTypes: ['float'],
        truncate: 'END',
        ...(this.options.dimensions !== undefined && this.model === 'embed-v4.0'
          ? { outputDimension: this.options.dimensions }
          : {}),
      },
      signal ? { abortSignal: signal } : {},
    );
    return (response.embeddings.float ?? []).map((vector) => Float32Array.from(vector));
  }
}
