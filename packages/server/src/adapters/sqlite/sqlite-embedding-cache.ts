import type { EmbeddingCache } from '../../ports/embedding-cache.js';
import type { SqliteDatabase } from './open-database.js';

/** {@link EmbeddingCache} in the `embedding_cache` table; vectors are stored as raw float32 bytes. */
export class SqliteEmbeddingCache implements EmbeddingCache {
  private readonly select;
  private readonly insert;

  constructor(private readonly db: SqliteDatabase) {
    this.select = db.prepare(
      'SELECT content_hash AS hash, vector FROM embedding_cache WHERE model = ? AND content_hash IN (SELECT value FROM json_each(?))',
    );
    this.insert = db.prepare(
      'INSERT OR REPLACE INTO embedding_cache (model, content_hash, vector, created_at) VALUES (?, ?, ?, ?)',
    );
  }

  async getMany(space: string, hashes: string[]): Promise<Map<string, Float32Array>> {
    const found = new Map<string, Float32Array>();
    if (hashes.length === 0) return found;
    for (const row of this.select.all(space, JSON.stringify(hashes)) as { hash: string; vector: Buffer }[]) {
      // Copy out of the row buffer, which may not be 4-byte aligned.
      const bytes = Uint8Array.from(row.vector);
      found.set(row.hash, new Float32Array(bytes.buffer, 0, bytes.byteLength / 4));
    }
    return found;
  }

  async putMany(space: string, entries: { hash: string; vector: Float32Array }[]): Promise<void> {
    const now = new Date().toISOString();
    this.db.transaction(() => {
      for (const { hash, vector } of entries) {
        this.insert.run(space, hash, Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength), now);
      }
    })();
  }
}
