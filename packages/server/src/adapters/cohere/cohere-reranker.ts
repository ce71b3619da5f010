import type { CohereClientV2 } from 'cohere-ai';
import type { Reranker, RerankResult } from '../../ports/reranker.js';
import { cohereClient, type CohereClientOptions } from './cohere-client.js';

export interface CohereRerankerOptions extends CohereClientOptions {
  /** `rerank-v3.5` by default. */
  model?: string;
}

/** {@link Reranker} through Cohere's v2 rerank API. */
export class CohereReranker implements Reranker {
  readonly id: string;
  private readonly client: CohereClientV2;
  private readonly model: string;

  constructor(options: CohereRerankerOptions) {
    this.model = options.model ?? 'rerank-v3.5';
    this.id = `cohere:${this.model}`;
    this.client = cohereClient(options);
  }

  async rerank(
    query: string,
    documents: string[],
    topN: number,
    options: { signal?: AbortSignal } = {},
  ): Promise<RerankResult[]> {
    if (documents.length === 0) return [];
    const response = await this.client.rerank(
      { model: this.model, query, documents, topN: Math.min(topN, documents.length) },
      options.signal ? { abortSignal: options.signal } : {},
    );
    return response.results.map((result) => ({ index: result.index, score: result.relevanceScore }));
  }
}
