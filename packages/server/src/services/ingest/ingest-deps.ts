import type { Embedder } from '../../ports/embedder.js';
import type { KnowledgeStore } from '../../ports/knowledge-store.js';
import type { VectorIndex } from '../../ports/vector-index.js';
import type { IngestLimits } from './ingest-limits.js';
import type { ParseRequest } from './parse-document.js';
import type { ParseResult } from './parse-failure.js';
import type { WorkerChunking } from './parser-pool.js';

/** What the ingestion pipeline runs on; build it once and share it. */
export interface IngestDeps {
  knowledge: KnowledgeStore;
  /** Usually a {@link ParserPool}: parses (and chunks) in worker threads with a deadline. */
  parser: { parse(request: ParseRequest, chunking?: WorkerChunking): Promise<ParseResult> };
  /** Without one, documents are indexed for lexical search only. */
  embedder?: Embedder;
  /**
   * A vector index outside the knowledge store (Pinecone): vectors go there before the chunks
   * commit. Leave unset when the store writes vectors itself (SQLite with sqlite-vec), which keeps
   * chunks and vectors in one transaction.
   */
  externalVectors?: VectorIndex;
  chunking?: WorkerChunking;
  limits?: Partial<IngestLimits>;
}
