import { randomUUID } from 'node:crypto';
import type { RetrievedChunk } from '../../ports/lexical-index.js';
import {
  chunkId,
  type DocumentListQuery,
  type DocumentSource,
  type IndexedChunk,
  type KnowledgeDocument,
  type KnowledgeStore,
  type NewKnowledgeDocument,
} from '../../ports/knowledge-store.js';
import {
  listDocuments,
  listUnfinished,
  readChunks,
  readDocument,
  readSource,
  readUpload,
} from './sqlite-knowledge-queries.js';
import type { SqliteDatabase } from './open-database.js';
import type { SqliteVectorIndex } from './sqlite-vector-index.js';

const now = () => new Date().toISOString();

/**
 * The embedded {@link KnowledgeStore}. Given the embedded vector index, it writes a document's
 * vectors in the same transaction as its chunks, so a crash leaves either all of them or none.
 */
export class SqliteKnowledgeStore implements KnowledgeStore {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly options: { vectorIndex?: SqliteVectorIndex } = {},
  ) {}

  /** Whether vectors handed to `commitDocument` are stored (in the same transaction). */
  get storesVectors(): boolean {
    return this.options.vectorIndex !== undefined;
  }

  async submitDocument(
    input: NewKnowledgeDocument,
  ): Promise<{ document: KnowledgeDocument; created: boolean }> {
    return this.db.transaction(() => {
      const existing = this.db
        .prepare('SELECT id, status FROM documents WHERE workspace_id = ? AND content_hash = ?')
        .get(input.workspaceId, input.contentHash) as { id: string; status: string } | undefined;
      if (existing && existing.status !== 'failed')
        return { document: this.read(input.workspaceId, existing.id)!, created: false };
      const id = existing?.id ?? `doc_${randomUUID().replaceAll('-', '')}`;
      const stamp = now();
      if (existing) {
        this.db
          .prepare(
            "UPDATE documents SET status = 'queued', progress = 0, error = NULL, updated_at = ? WHERE id = ?",
          )
          .run(stamp, id);
      } else {
        this.db
          .prepare(
            `INSERT INTO documents (id, workspace_id, title, filename, media_type, url, content_hash, status, chunk_count, created_at, collection, progress, byte_size, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?, 0, ?, ?)`,
          )
          .run(
            id,
            input.workspaceId,
            input.title,
            input.filename,
            input.mediaType ?? 'application/octet-stream',
            input.url,
            input.contentHash,
            stamp,
            input.collection,
            input.upload.byteLength,
            stamp,
          );
        this.writeTags(input.workspaceId, id, input.tags);
      }
      this.db
        .prepare('INSERT OR REPLACE INTO document_uploads (document_id, bytes, media_type) VALUES (?, ?, ?)')
        .run(id, Buffer.from(input.upload), input.mediaType);
      return { document: this.read(input.workspaceId, id)!, created: !existing };
    })();
  }

  async getDocument(workspaceId: string, id: string): Promise<KnowledgeDocument | undefined> {
    return this.read(workspaceId, id);
  }

  async listDocuments(
    workspaceId: string,
    query: DocumentListQuery,
  ): Promise<{ documents: KnowledgeDocument[]; nextCursor: string | null }> {
    return listDocuments(this.db, workspaceId, query);
  }

  async listUnfinished(): Promise<KnowledgeDocument[]> {
    return listUnfinished(this.db);
  }

  async getUpload(
    workspaceId: string,
    id: string,
  ): Promise<{ bytes: Uint8Array; mediaType: string | null } | undefined> {
    return readUpload(this.db, workspaceId, id);
  }

  async getSource(workspaceId: string, id: string): Promise<DocumentSource | undefined> {
    return readSource(this.db, workspaceId, id);
  }

  async setProgress(
    workspaceId: string,
    id: string,
    status: 'queued' | 'parsing' | 'embedding',
    progress: number,
  ): Promise<void> {
    this.db
      .prepare(
        'UPDATE documents SET status = ?, progress = ?, updated_at = ? WHERE workspace_id = ? AND id = ?',
      )
      .run(status, Math.min(Math.max(progress, 0), 1), now(), workspaceId, id);
  }

  async failDocument(workspaceId: string, id: string, reason: string): Promise<void> {
    this.db.transaction(() => {
      this.db
        .prepare(
          "UPDATE documents SET status = 'failed', error = ?, updated_at = ? WHERE workspace_id = ? AND id = ?",
        )
        .run(reason, now(), workspaceId, id);
      this.db.prepare('DELETE FROM document_uploads WHERE document_id = ?').run(id);
    })();
  }

  async commitDocument(
    workspaceId: string,
    id: string,
    result: {
      title: string;
      mediaType: string;
      pageCount: number | null;
      source: DocumentSource;
      chunks: IndexedChunk[];
    },
  ): Promise<KnowledgeDocument | undefined> {
    return this.db.transaction(() => {
      const document = this.read(workspaceId, id);
      if (!document) return undefined;
      this.db.prepare('DELETE FROM chunks WHERE document_id = ?').run(id);
      const vectors = this.options.vectorIndex;
      vectors?.deleteByDocumentInTransaction(workspaceId, id);
      const insert = this.db.prepare(
        `INSERT INTO chunks (id, document_id, workspace_id, ordinal, text, headings, heading_path, page, start_offset, end_offset, token_count)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      result.chunks.forEach((chunk, ordinal) =>
        insert.run(
          chunkId(id, ordinal),
          id,
          workspaceId,
          ordinal,
          chunk.text,
          chunk.headingPath.join(' › '),
          JSON.stringify(chunk.headingPath),
          chunk.page,
          chunk.startOffset,
          chunk.endOffset,
          chunk.tokenCount,
        ),
      );
      const metadata = { workspaceId, documentId: id, collection: document.collection, tags: document.tags };
      vectors?.upsertInTransaction(
        result.chunks.flatMap((chunk, ordinal) =>
          chunk.vector ? [{ id: chunkId(id, ordinal), vector: chunk.vector, metadata }] : [],
        ),
      );
      this.db
        .prepare('INSERT OR REPLACE INTO document_sources (document_id, text, blocks) VALUES (?, ?, ?)')
        .run(id, result.source.text, JSON.stringify(result.source.blocks));
      this.db.prepare('DELETE FROM document_uploads WHERE document_id = ?').run(id);
      this.db
        .prepare(
          `UPDATE documents SET title = ?, media_type = ?, page_count = ?, status = 'ready', progress = 1, error = NULL, chunk_count = ?, updated_at = ?
           WHERE id = ?`,
        )
        .run(result.title, result.mediaType, result.pageCount, result.chunks.length, now(), id);
      return this.read(workspaceId, id);
    })();
  }

  async updateDocument(
    workspaceId: string,
    id: string,
    changes: { collection?: string | null; tags?: string[]; title?: string },
  ): Promise<KnowledgeDocument | undefined> {
    return this.db.transaction(() => {
      if (!this.read(workspaceId, id)) return undefined;
      if (changes.collection !== undefined)
        this.db.prepare('UPDATE documents SET collection = ? WHERE id = ?').run(changes.collection, id);
      if (changes.title !== undefined)
        this.db.prepare('UPDATE documents SET title = ? WHERE id = ?').run(changes.title, id);
      if (changes.tags !== undefined) {
        this.db.prepare('DELETE FROM document_tags WHERE document_id = ?').run(id);
        this.writeTags(workspaceId, id, changes.tags);
      }
      this.db.prepare('UPDATE documents SET updated_at = ? WHERE id = ?').run(now(), id);
      return this.read(workspaceId, id);
    })();
  }

  async deleteDocument(workspaceId: string, id: string): Promise<boolean> {
    return this.db.transaction(() => {
      if (!this.read(workspaceId, id)) return false;
      this.options.vectorIndex?.deleteByDocumentInTransaction(workspaceId, id);
      this.db.prepare('DELETE FROM chunks WHERE document_id = ?').run(id);
      this.db.prepare('DELETE FROM documents WHERE id = ?').run(id);
      return true;
    })();
  }

  async getChunks(workspaceId: string, chunkIds: string[]): Promise<RetrievedChunk[]> {
    return readChunks(this.db, workspaceId, chunkIds);
  }

  private read(workspaceId: string, id: string): KnowledgeDocument | undefined {
    return readDocument(this.db, workspaceId, id);
  }

  private writeTags(workspaceId: string, id: string, tags: string[]): void {
    const insert = this.db.prepare(
      'INSERT OR IGNORE INTO document_tags (document_id, workspace_id, tag) VALUES (?, ?, ?)',
    );
    for (const tag of tags) insert.run(id, workspaceId, tag);
  }
}
