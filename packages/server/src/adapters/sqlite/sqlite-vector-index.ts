import type Database from 'better-sqlite3';
import * as sqliteVec from 'sqlite-vec';
import type { VectorIndex, VectorIndexStats, VectorMatch, VectorQuery, VectorRecord } from '../../ports/vector-index.js';
import type { SqliteDatabase } from './open-database.js';
import { vectorTableSql } from './vector-table-sql.js';

export interface SqliteVectorIndexOptions {
  dimensions: number;
  /** Names the tables (`vec_<name>`); one per embedding model, since vectors of two models do not mix. */
  name?: string;
}

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

  constructor(
    private readonly db: SqliteDatabase,
    options: SqliteVectorIndexOptions,
  ) {
    if (!loaded.has(db)) {
      sqliteVec.load(db);
      loaded.add(db);
    }
    this.dimensions = options.dimensions;
    this.sql = vectorTableSql(options.name ?? `chunks_${options.dimensions}`, options.dimensions);
    this.sql.ensure(db);
    const { items, tags, vectors } = this.sql.tables;
    this.statements = {
      find: db.prepare(`SELECT rowid FROM ${items} WHERE id = ?`),
      insertItem: db.prepare(`INSERT INTO ${items} (id, workspace_id, document_id) VALUES (?, ?, ?)`),
      updateItem: db.prepare(`UPDATE ${items} SET workspace_id = ?, document_id = ? WHERE rowid = ?`),
      insertVector: db.prepare(`INSERT INTO ${vectors} (rowid, workspace_id, embedding, document_id, collection) VALUES (?, ?, ?, ?, ?)`),
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
        s.updateItem.run(metadata.workspaceId, metadata.documentId, rowid);
        s.deleteVector.run(rowid);
        s.deleteTags.run(rowid);
      } else {
        rowid = BigInt(s.insertItem.run(id, metadata.workspaceId, metadata.documentId).lastInsertRowid);
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
    const rows = statement.all(query.vector, Math.min(query.topK, 4096), query.workspaceId, ...params(query.workspaceId)) as {
      id: string;
      documentId: string;
      distance: number;
    }[];
    return rows.map((row) => ({ id: row.id, documentId: row.documentId, score: 1 - row.distance }));
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
    const row = (workspaceId ? this.statements.countWorkspace.get(workspaceId) : this.statements.count.get()) as { n: number };
    return { dimensions: this.dimensions, vectorCount: row.n };
  }
}
