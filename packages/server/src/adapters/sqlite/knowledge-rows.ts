import type { RetrievedChunk } from '../../ports/lexical-index.js';
import type { DocumentStatus, KnowledgeDocument } from '../../ports/knowledge-store.js';

export interface KnowledgeDocumentRow {
  id: string;
  workspace_id: string;
  title: string;
  filename: string | null;
  media_type: string;
  url: string | null;
  content_hash: string;
  collection: string | null;
  tags: string;
  status: DocumentStatus;
  progress: number;
  error: string | null;
  chunk_count: number;
  byte_size: number | null;
  page_count: number | null;
  created_at: string;
  updated_at: string | null;
}

/** Document columns plus its tags as a JSON array, for `SELECT … FROM documents d`. */
export const DOCUMENT_COLUMNS = `d.id, d.workspace_id, d.title, d.filename, d.media_type, d.url, d.content_hash, d.collection,
  (SELECT json_group_array(tag) FROM (SELECT tag FROM document_tags t WHERE t.document_id = d.id ORDER BY tag)) AS tags,
  d.status, d.progress, d.error, d.chunk_count, d.byte_size, d.page_count, d.created_at, d.updated_at`;

export const toKnowledgeDocument = (row: KnowledgeDocumentRow): KnowledgeDocument => ({
  id: row.id,
  workspaceId: row.workspace_id,
  title: row.title,
  filename: row.filename,
  mediaType: row.media_type,
  url: row.url,
  contentHash: row.content_hash,
  collection: row.collection,
  tags: JSON.parse(row.tags) as string[],
  status: row.status,
  progress: row.progress,
  error: row.error,
  chunkCount: row.chunk_count,
  byteSize: row.byte_size,
  pageCount: row.page_count,
  createdAt: row.created_at,
  updatedAt: row.updated_at ?? row.created_at,
});

/** Chunk columns with their document's citation data, for `FROM chunks c JOIN documents d`. */
export const CHUNK_COLUMNS = `c.id AS chunkId, c.document_id AS documentId, d.title AS documentTitle, d.filename,
  d.media_type AS mediaType, d.url, c.text, c.heading_path AS headingPath, c.page,
  c.start_offset AS startOffset, c.end_offset AS endOffset`;

export type ChunkRow = Omit<RetrievedChunk, 'headingPath' | 'score'> & { headingPath: string };

export const toRetrievedChunk = ({ headingPath, ...row }: ChunkRow, score: number): RetrievedChunk => ({
  ...row,
  headingPath: JSON.parse(headingPath) as string[],
  score,
});

/** Opaque listing cursor: the last row's creation time and id. */
export const encodeCursor = (createdAt: string, id: string) =>
  Buffer.from(JSON.stringify([createdAt, id])).toString('base64url');

export function decodeCursor(cursor: string): [string, string] | undefined {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    return Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')
      ? (value as [string, string])
      : undefined;
  } catch {
    return undefined;
  }
}
