import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../adapters/sqlite/open-database.js';
import { SqliteEmbeddingCache } from '../../adapters/sqlite/sqlite-embedding-cache.js';
import type { Embedder } from '../../ports/embedder.js';
import { CachedEmbedder } from './cached-embedder.js';

function countingEmbedder(): Embedder & { calls: string[][] } {
  const calls: string[][] = [];
  const vector = (text: string) => Float32Array.from([text.length, 1, 2]);
  return {
    id: 'test:model:3',
    dimensions: 3,
    calls,
    async embedDocuments(texts) {
      calls.push(texts);
      return texts.map(vector);
    },
    async embedQuery(text) {
      calls.push([`query:${text}`]);
      return vector(text);
    },
  };
}

describe('CachedEmbedder', () => {
  it('embeds each distinct text once and never again, across restarts of the process', async () => {
    const db = openDatabase(':memory:');
    const inner = countingEmbedder();
    const first = new CachedEmbedder(inner, new SqliteEmbeddingCache(db));
    const vectors = await first.embedDocuments(['a', 'bb', 'a']);
    expect(inner.calls).toEqual([['a', 'bb']]);
    expect(vectors.map((v) => Array.from(v))).toEqual([
      [1, 1, 2],
      [2, 1, 2],
      [1, 1, 2],
    ]);

    const again = new CachedEmbedder(inner, new SqliteEmbeddingCache(db));
    const progress: number[] = [];
    await again.embedDocuments(['bb', 'ccc', 'a'], { onProgress: (done) => progress.push(done) });
    expect(inner.calls).toEqual([['a', 'bb'], ['ccc']]);
    expect(progress).toEqual([3]);
    await again.embedDocuments(['a', 'bb', 'ccc']);
    expect(inner.calls).toHaveLength(2);
    db.close();
  });

  it('keeps queries apart from documents, since models may embed them differently', async () => {
    const db = openDatabase(':memory:');
    const inner = countingEmbedder();
    const embedder = new CachedEmbedder(inner, new SqliteEmbeddingCache(db));
    await embedder.embedDocuments(['same']);
    await embedder.embedQuery('same');
    await embedder.embedQuery('same');
    expect(inner.calls).toEqual([['same'], ['query:same']]);
    db.close();
  });
});
