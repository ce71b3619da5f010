/** Reorders candidate passages by relevance to a query with a cross-encoder model. */
export interface Reranker {
  readonly id: string;
  /** Scores for the documents that made the cut, best first; `index` points into `documents`. */
  rerank(
    query: string,
    documents: string[],
    topN: number,
    options?: { signal?: AbortSignal },
  ): Promise<RerankResult[]>;
}

export interface RerankResult {
  index: number;
  /** Relevance in [0, 1]; higher is better. */
  score: number;
}
