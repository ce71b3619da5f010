import type { DocumentListQuery, DocumentSource, KnowledgeDocument } from '../../ports/knowledge-store.js';
import type { RetrievedChunk } from '../../ports/lexical-index.js';
import {
  CHUNK_COLUMNS,
  DOCUMENT_COLUMNS,
  decodeCursor,
  encodeCursor,
  toKnowledgeDocument,
  toRetrievedChunk,
  type ChunkRow,
  type KnowledgeDocumentRow,
} from './knowledge-rows.js';
import type { SqliteDatabase } from './open-database.js';

/** The reads of {@link SqliteKnowledgeStore}; every one is scoped to a workspace. */
export function readDocument(
  db: SqliteDatabase,
  workspaceId: string,
  id: string,
): KnowledgeDocument | undefined {
  const row = db
    .prepare(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.workspace_id = ? AND d.id = ?`)
    .get(workspaceId, id) as KnowledgeDocumentRow | undefined;
  return row && toKnowledgeDocument(row);
}

/** Newest first; the cursor is the last row's (created_at, id), so pages never skip or repeat. */
export function listDocuments(
  db: SqliteDatabase,
  workspaceId: string,
  query: DocumentListQuery,
): { documents: KnowledgeDocument[]; nextCursor: string | null } {
  const after = query.cursor ? decodeCursor(query.cursor) : undefined;
  const rows = db
    .prepare(
      `SELECT ${DOCUMENT_COLUMNS} FROM documents d
       WHERE d.workspace_id = @workspaceId
         AND (@status IS NULL OR d.status = @status)
         AND (@collection IS NULL OR d.collection = @collection)
         AND (@tag IS NULL OR EXISTS (SELECT 1 FROM document_tags t WHERE t.document_id = d.id AND t.tag = @tag))
         AND (@afterCreated IS NULL OR (d.created_at, d.id) < (@afterCreated, @afterId))
       ORDER BY d.created_at DESC, d.id DESC
       LIMIT @limit`,
    )
    .all({
      workspaceId,
      status: query.status ?? null,
      collection: query.collection ?? null,
      tag: query.tag ?? null,
      afterCreated: after?.[0] ?? null,
      afterId: after?.[1] ?? null,
      limit: query.limit + 1,
    }) as KnowledgeDocumentRow[];
  const documents = rows.slice(0, query.limit).map(toKnowledgeDocument);
  const last = documents.at(-1);
  return {
    documents,
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.createdAt, last.id) : null,
  };
}

export function listUnfinished(db: SqliteDatabase): KnowledgeDocument[] {
  const rows = db
    .prepare(
      `SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.status NOT IN ('ready', 'failed') ORDER BY d.created_at, d.id`,
    )
    .all() as KnowledgeDocumentRow[];
  return rows.map(toKnowledgeDocument);
}

export function readUpload(
  db: SqliteDatabase,
  workspaceId: string,
  id: string,
): { bytes: Uint8Array; mediaType: string | null } | undefined {
  const row = db
    .prepare(
      'SELECT u.bytes, u.media_type AS mediaType FROM document_uploads u JOIN documents d ON d.id = u.document_id WHERE d.workspace_id = ? AND d.id = ?',
    )
    .get(workspaceId, id) as { bytes: Buffer; mediaType: string | null } | undefined;
  return row && { bytes: new Uint8Array(row.bytes), mediaType: row.mediaType };
}

export function readSource(db: SqliteDatabase, workspaceId: string, id: string): DocumentSource | undefined {
  const row = db
    .prepare(
      'SELECT s.text, s.blocks FROM document_sources s JOIN documents d ON d.id = s.document_id WHERE d.workspace_id = ? AND d.id = ?',
    )
    .get(workspaceId, id) as { text: string; blocks: string } | undefined;
  return row && { text: row.text, blocks: JSON.parse(row.blocks) as unknown[] };
}

/** Chunks by id, in the order given; ids of other workspaces or deleted chunks are skipped. */
export function readChunks(db: SqliteDatabase, workspaceId: string, chunkIds: string[]): RetrievedChunk[] {
  if (chunkIds.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT ${CHUNK_COLUMNS} FROM chunks c JOIN documents d ON d.id = c.document_id
       WHERE c.workspace_id = ? AND c.id IN (SELECT value FROM json_each(?))`,
    )
    .all(workspaceId, JSON.stringify(chunkIds)) as ChunkRow[];
  const byId = new Map(rows.map((row) => [row.chunkId, row]));
  return chunkIds.flatMap((chunk) => {
    const row = byId.get(chunk);
    return row ? [toRetrievedChunk(row, 0)] : [];
  });
}
