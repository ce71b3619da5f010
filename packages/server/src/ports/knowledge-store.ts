import type { RetrievedChunk } from './lexical-index.js';
import type { ChunkInput } from './store.js';
import type { Document, DocumentStatus } from '@tessera/core';

/** Chunk ids are derived from the document, so vectors can be written before the chunks commit. */
export const chunkId = (documentId: string, ordinal: number) => `${documentId}_c${ordinal}`;

export type { DocumentStatus } from '@tessera/core';

/** A document of the knowledge base with its lifecycle, without its text: the API's shape plus its workspace. */
export type KnowledgeDocument = Document & { workspaceId: string };

export interface NewKnowledgeDocument {
  workspaceId: string;
  contentHash: string;
  title: string;
  filename: string | null;
  mediaType: string | null;
  url: string | null;
  collection: string | null;
  tags: string[];
  /** The upload itself, kept until the document is indexed so a restart can resume it. */
  upload: Uint8Array;
}

/** A chunk ready to be stored, with its vector when an embedder is configured. */
export interface IndexedChunk extends ChunkInput {
  tokenCount: number;
  vector?: Float32Array;
}

export interface DocumentListQuery {
  status?: DocumentStatus;
  collection?: string;
  tag?: string;
  limit: number;
  /** The `nextCursor` of the previous page. */
  cursor?: string;
}

/** What parsing made of a document, kept for re-indexing and for showing a cited passage in context. */
export interface DocumentSource {
  text: string;
  blocks: unknown[];
}

/**
 * Documents, chunks and their lifecycle. `commitDocument` is the crash-safety point: a document is
 * either `ready` with all its chunks (and, for an embedded vector index, all its vectors) or has
 * none of the new ones.
 */
export interface KnowledgeStore {
  /** Creates a queued document; the same content in the same workspace returns the existing one (a failed one is queued again). */
  submitDocument(input: NewKnowledgeDocument): Promise<{ document: KnowledgeDocument; created: boolean }>;
  getDocument(workspaceId: string, id: string): Promise<KnowledgeDocument | undefined>;
  listDocuments(
    workspaceId: string,
    query: DocumentListQuery,
  ): Promise<{ documents: KnowledgeDocument[]; nextCursor: string | null }>;
  /** Documents not yet ready or failed, oldest first: the work a restart must resume. */
  listUnfinished(): Promise<KnowledgeDocument[]>;
  /** The bytes kept by `submitDocument`, until the document is committed or failed. */
  getUpload(
    workspaceId: string,
    id: string,
  ): Promise<{ bytes: Uint8Array; mediaType: string | null } | undefined>;
  getSource(workspaceId: string, id: string): Promise<DocumentSource | undefined>;
  setProgress(
    workspaceId: string,
    id: string,
    status: 'queued' | 'parsing' | 'embedding',
    progress: number,
  ): Promise<void>;
  /** Marks the document failed and drops its upload; chunks of an earlier successful indexing stay. */
  failDocument(workspaceId: string, id: string, reason: string): Promise<void>;
  /**
   * Atomically replaces the document's chunks (and vectors, when the store holds them), stores its
   * source, drops the upload and marks it ready. Undefined when the document was deleted meanwhile.
   */
  commitDocument(
    workspaceId: string,
    id: string,
    result: {
      title: string;
      mediaType: string;
      pageCount: number | null;
      source: DocumentSource;
      chunks: IndexedChunk[];
    },
  ): Promise<KnowledgeDocument | undefined>;
  /** Sets collection and tags; vectors carry them too, so re-index afterwards. */
  updateDocument(
    workspaceId: string,
    id: string,
    changes: { collection?: string | null; tags?: string[]; title?: string },
  ): Promise<KnowledgeDocument | undefined>;
  /** Removes the document with its chunks (and vectors it holds); false when there was none. */
  deleteDocument(workspaceId: string, id: string): Promise<boolean>;
  /** Chunks by id with their document's citation data, in the order given; unknown ids are skipped. */
  getChunks(workspaceId: string, chunkIds: string[]): Promise<RetrievedChunk[]>;
}
