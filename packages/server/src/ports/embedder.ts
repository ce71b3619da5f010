/** Turns text into vectors for semantic search. */
export interface Embedder {
  /**
   * Identifies the vector space (`openai:text-embedding-3-small:1536`): vectors are comparable only
   * within one id, and the embedding cache is keyed by it.
   */
  readonly id: string;
  readonly dimensions: number;
  /** Vectors for passages to be indexed, in input order. Batching and retries are the adapter's. */
  embedDocuments(texts: string[], options?: EmbedOptions): Promise<Float32Array[]>;
  /** The vector of a search query (some models embed queries differently from documents). */
  embedQuery(text: string, options?: EmbedOptions): Promise<Float32Array>;
}

export interface EmbedOptions {
  signal?: AbortSignal;
  /** Called after each batch with how many of the texts are done. */
  onProgress?: (done: number, total: number) => void;
}
