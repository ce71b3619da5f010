import { createHash } from 'node:crypto';
import type { EmbedOptions, Embedder } from '../../ports/embedder.js';
import type { EmbeddingCache } from '../../ports/embedding-cache.js';

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Wraps an {@link Embedder} with a content-hash cache: only texts never embedded in this vector
 * space reach the provider, and each distinct text at most once per call. Re-ingesting or
 * re-indexing unchanged text therefore makes no API call.
 */
export class CachedEmbedder implements Embedder {
  readonly id: string;
  readonly dimensions: number;

  constructor(
    private readonly inner: Embedder,
    private readonly cache: EmbeddingCache,
  ) {
    this.id = inner.id;
    this.dimensions = inner.dimensions;
  }

  async embedDocuments(texts: string[], options: EmbedOptions = {}): Promise<Float32Array[]> {
    let reported = 0;
    const report = (done: number) => {
      reported = done;
      options.onProgress?.(done, texts.length);
    };
    const vectors = await this.cached(`${this.id}:document`, texts, (missing) =>
      this.inner.embedDocuments(missing, {
        ...options,
        onProgress: (done) => report(texts.length - missing.length + done),
      }),
    );
    // Cached texts need no batches, so the last report may not have said "all done" yet.
    if (reported < texts.length) report(texts.length);
    return vectors;
  }

  async embedQuery(text: string, options: EmbedOptions = {}): Promise<Float32Array> {
    const [vector] = await this.cached(`${this.id}:query`, [text], async ([missing]) => [
      await this.inner.embedQuery(missing!, options),
    ]);
    return vector!;
  }

  private async cached(
    space: string,
    texts: string[],
    embed: (missing: string[]) => Promise<Float32Array[]>,
  ): Promise<Float32Array[]> {
    const hashes = texts.map(hashOf);
    const found = await this.cache.getMany(space, [...new Set(hashes)]);
    const missing = new Map<string, string>();
    hashes.forEach((hash, i) => {
      if (!found.has(hash)) missing.set(hash, texts[i]!);
    });
    if (missing.size > 0) {
      const vectors = await embed([...missing.values()]);
      const entries = [...missing.keys()].map((hash, i) => ({ hash, vector: vectors[i]! }));
      await this.cache.putMany(space, entries);
      for (const { hash, vector } of entries) found.set(hash, vector);
    }
    return hashes.map((hash) => found.get(hash)!);
  }
}
