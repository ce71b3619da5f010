import OpenAI from 'openai';
import type { EmbedOptions, Embedder } from '../../ports/embedder.js';
import { inBatches } from '../embedding-batches.js';
import { DEFAULT_RETRY_POLICY, retryingFetch, type RetryPolicy } from '../http/retrying-fetch.js';

const KNOWN_DIMENSIONS: Record<string, number> = {
  'text-embedding-3-small': 1536,
  'text-embedding-3-large': 3072,
  'text-embedding-ada-002': 1536,
};

export interface OpenAiEmbedderOptions {
  apiKey: string;
  /** Any OpenAI-compatible server (`http://localhost:11434/v1` for Ollama …); OpenAI by default. */
  baseURL?: string;
  /** `text-embedding-3-small` by default. */
  model?: string;
  /** Shortens text-embedding-3 vectors; required for models this adapter does not know. */
  dimensions?: number;
  /** OpenAI sends base64 (the SDK's default); some compatible servers only speak `float`. */
  encodingFormat?: 'base64' | 'float';
  /** Texts per request (OpenAI accepts up to 2,048). */
  batchSize?: number;
  retry?: RetryPolicy;
  timeoutMs?: number;
}

/** {@link Embedder} through the official `openai` client; batched, retried on 429/5xx with backoff. */
export class OpenAiEmbedder implements Embedder {
  readonly id: string;
  readonly dimensions: number;
  private readonly client: OpenAI;
  private readonly model: string;
  private readonly sendDimensions: boolean;

  constructor(private readonly options: OpenAiEmbedderOptions) {
    this.model = options.model ?? 'text-embedding-3-small';
    const dimensions = options.dimensions ?? KNOWN_DIMENSIONS[this.model];
    if (!dimensions) {
      throw new Error(
        `The vector size of embedding model "${this.model}" is unknown; set its dimensions (for example 768) in the embedding settings.`,
      );
    }
    this.dimensions = dimensions;
    // Only text-embedding-3 models accept `dimensions`; others reject the parameter.
    this.sendDimensions = options.dimensions !== undefined && this.model.startsWith('text-embedding-3');
    this.id = `openai:${this.model}:${dimensions}`;
    this.client = new OpenAI({
      apiKey: options.apiKey,
      ...(options.baseURL ? { baseURL: options.baseURL } : {}),
      maxRetries: 0,
      timeout: options.timeoutMs ?? 60_000,
      fetch: retryingFetch(options.retry ?? DEFAULT_RETRY_POLICY),
    });
  }

  embedDocuments(texts: string[], options: EmbedOptions = {}): Promise<Float32Array[]> {
    return inBatches(
      texts,
      this.options.batchSize ?? 128,
      (batch) => this.embed(batch, options.signal),
      options,
    );
  }

  async embedQuery(text: string, options: EmbedOptions = {}): Promise<Float32Array> {
    return (await this.embed([text], options.signal))[0]!;
  }

  private async embed(input: string[], signal?: AbortSignal): Promise<Float32Array[]> {
    const response = await this.client.embeddings.create(
      {
        model: this.model,
        input,
        ...(this.sendDimensions ? { dimensions: this.dimensions } : {}),
        ...(this.options.encodingFormat === 'float' ? { encoding_format: 'float' as const } : {}),
      },
      signal ? { signal } : {},
    );
    return [...response.data]
      .sort((a, b) => a.index - b.index)
      .map((item) => Float32Array.from(item.embedding));
  }
}
