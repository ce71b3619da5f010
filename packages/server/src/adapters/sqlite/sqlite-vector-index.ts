import type Database from 'better-sqlite3';
import * as sqliteVec from 'sqlite-vec';
import type {
  VectorIndex,
  VectorIndexStats,
  VectorMatch,
  VectorQuery,
  VectorRecord,
} from '../../ports/vector-index.js';
import type { SqliteDatabase } from './open-database.js';
import { vectorTableSql, type VectorQuantization } from './vector-table-sql.js';

export interface SqliteVectorIndexOptions {
  dimensions: number;
  /** Names the tables (`vec_<name>`); one per embedding model, since vectors of two models do not mix. */
  name?: string;
  /**
   * `float` (the default) scans every vector of the workspace exactly. `binary` scans 1-bit codes
   * (32× less data) for `oversample` × topK candidates and ranks those by exact cosine: several
   * times faster on large workspaces, at a small risk of missing a neighbour.
   */
  quantization?: VectorQuantization;
  /** Candidates per wanted result with binary quantization; 4 by default. */
  oversample?: number;
  /**
   * Cap on binary candidates (unless more results are wanted): sqlite-vec's KNN slows down roughly
   * linearly with k (at 100k vectors: 2.5 ms for k = 10, 11 ms for k = 100, 37 ms for k = 320).
   */
  maxCandidates?: number;
}

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

const blobVector = (blob: Buffer) => {
  const bytes = Uint8Array.from(blob);
  return new Float32Array(bytes.buffer, 0, bytes.byteLength / 4);
};

const loaded = new WeakSet<SqliteDatabase>();

/**
 * The embedded {@link VectorIndex}: sqlite-vec `vec0` (cosine) in the same SQLite file as the chunks.
 * The workspace is the vec0 partition key, so a query scans only its own workspace; collection and
 * document are metadata columns filtered inside the KNN scan; tags go through a side table. The
 * `*InTransaction` methods let the knowledge store write vectors in the same transaction as chunks.
 */
export class SqliteVectorIndex implements VectorIndex {
  readonly dimensions: number;
  private readonly sql;
  private readonly statements;
  private readonly queries = new Map<string, Database.Statement<unknown[]>>();
  private readonly binary: boolean;
  private readonly oversample: number;
  private readonly maxCandidates: number;

  constructor(
    private readonly db: SqliteDatabase,
    options: SqliteVectorIndexOptions,
  ) {
    if (!loaded.has(db)) {
      sqliteVec.load(db);
      loaded.add(db);
    }
    this.dimensions = options.dimensions;
    this.binary = options.quantization === 'binary';
    this.oversample = options.oversample ?? 4;
    this.maxCandidates = options.maxCandidates ?? 64;
    this.sql = vectorTableSql(
      options.name ?? `chunks_${options.dimensions}`,
      options.dimensions,
      options.quantization,
    );
    this.sql.ensure(db);
    const { items, tags, vectors } = this.sql.tables;
    this.statements = {
      find: db.prepare(`SELECT rowid FROM ${items} WHERE id = ?`),
      insertItem: this.binary
        ? db.prepare(`INSERT INTO ${items} (id, workspace_id, document_id, vector) VALUES (?, ?, ?, ?)`)
        : db.prepare(`INSERT INTO ${items} (id, workspace_id, document_id) VALUES (?, ?, ?)`),
      updateItem: this.binary
        ? db.prepare(`UPDATE ${items} SET workspace_id = ?, document_id = ?, vector = ? WHERE rowid = ?`)
        : db.prepare(`UPDATE ${items} SET workspace_id = ?, document_id = ? WHERE rowid = ?`),
      insertVector: db.prepare(
        `INSERT INTO ${vectors} (rowid, workspace_id, embedding, document_id, collection) VALUES (?, ?, ${this.binary ? 'vec_quantize_binary(?)' : '?'}, ?, ?)`,
      ),
      deleteVector: db.prepare(`DELETE FROM ${vectors} WHERE rowid = ?`),
      insertTag: db.prepare(`INSERT OR IGNORE INTO ${tags} (workspace_id, tag, item) VALUES (?, ?, ?)`),
      deleteTags: db.prepare(`DELETE FROM ${tags} WHERE item = ?`),
      documentItems: db.prepare(`SELECT rowid FROM ${items} WHERE workspace_id = ? AND document_id = ?`),
      deleteItem: db.prepare(`DELETE FROM ${items} WHERE rowid = ?`),
      count: db.prepare(`SELECT count(*) AS n FROM ${items}`),
      countWorkspace: db.prepare(`SELECT count(*) AS n FROM ${items} WHERE workspace_id = ?`),
    };
  }

  async upsert(records: VectorRecord[]): Promise<void> {
    this.db.transaction(() => this.upsertInTransaction(records))();
  }

  /** Writes vectors inside the caller's transaction (better-sqlite3 transactions are synchronous). */
  upsertInTransaction(records: VectorRecord[]): void {
    const s = this.statements;
    for (const { id, vector, metadata } of records) {
      if (vector.length !== this.dimensions) {
        throw new Error(
          `The vector for ${id} has ${vector.length} dimensions but this index holds ${this.dimensions}; re-create the index for the new embedding model.`,
        );
      }
      const existing = s.find.get(id) as { rowid: number } | undefined;
      let rowid: bigint;
      if (existing) {
        rowid = BigInt(existing.rowid);
        s.updateItem.run(metadata.workspaceId, metadata.documentId, ...this.blob(vector), rowid);
        s.deleteVector.run(rowid);
        s.deleteTags.run(rowid);
      } else {
        rowid = BigInt(
          s.insertItem.run(id, metadata.workspaceId, metadata.documentId, ...this.blob(vector))
            .lastInsertRowid,
        );
      }
      // vec0 rejects JS numbers as rowids ("Only integers are allowed"): it must be a BigInt.
      s.insertVector.run(rowid, metadata.workspaceId, vector, metadata.documentId, metadata.collection ?? '');
      for (const tag of new Set(metadata.tags)) s.insertTag.run(metadata.workspaceId, tag, rowid);
    }
  }

  async query(query: VectorQuery): Promise<VectorMatch[]> {
    if (query.topK <= 0) return [];
    const { sql, params } = this.sql.knn(query.filter ?? {});
    let statement = this.queries.get(sql);
    if (!statement) {
      statement = this.db.prepare<unknown[]>(sql);
      this.queries.set(sql, statement);
    }
    const wanted = Math.min(query.topK, 4096);
    const candidates = this.binary
      ? Math.max(wanted, Math.min(wanted * this.oversample, this.maxCandidates, 4096))
      : wanted;
    const rows = statement.all(query.vector, candidates, query.workspaceId, ...params(query.workspaceId)) as {
      id: string;
      documentId: string;
      distance: number;
      vector?: Buffer;
    }[];
    const matches = rows.map((row) => ({
      id: row.id,
      documentId: row.documentId,
      // Hamming distances only shortlist; the kept float vector gives the exact cosine.
      score: row.vector ? cosine(query.vector, blobVector(row.vector)) : 1 - row.distance,
    }));
    return this.binary ? matches.sort((a, b) => b.score - a.score).slice(0, wanted) : matches;
  }

  /** The float vector as an extra statement parameter, kept only for binary rescoring. */
  private blob(vector: Float32Array): Buffer[] {
    return this.binary ? [Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength)] : [];
  }

  async deleteByDocument(workspaceId: string, documentId: string): Promise<void> {
    this.db.transaction(() => this.deleteByDocumentInTransaction(workspaceId, documentId))();
  }

  deleteByDocumentInTransaction(workspaceId: string, documentId: string): void {
    const s = this.statements;
    for (const { rowid } of s.documentItems.all(workspaceId, documentId) as { rowid: number }[]) {
      const key = BigInt(rowid);
      s.deleteVector.run(key);
      s.deleteTags.run(key);
      s.deleteItem.run(key);
    }
  }

  async stats(workspaceId?: string): Promise<VectorIndexStats> {
    const row = (
      workspaceId ? this.statements.countWorkspace.get(workspaceId) : this.statements.count.get()
    ) as { n: number };
    return { dimensions: this.dimensions, vectorCount: row.n };
  }
}
