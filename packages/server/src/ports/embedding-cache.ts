/** Stored embeddings keyed by vector space and a hash of the text, so unchanged text costs no API call. */
export interface EmbeddingCache {
  /** The cached vectors among `hashes`, by hash. */
  getMany(space: string, hashes: string[]): Promise<Map<string, Float32Array>>;
  putMany(space: string, entries: { hash: string; vector: Float32Array }[]): Promise<void>;
}
