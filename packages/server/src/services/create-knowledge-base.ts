import { CohereReranker, type CohereRerankerOptions } from '../adapters/cohere/cohere-reranker.js';
import {
  PineconeVectorIndex,
  type PineconeVectorIndexOptions,
} from '../adapters/pinecone/pinecone-vector-index.js';
import type { SqliteDatabase } from '../adapters/sqlite/open-database.js';
import { SqliteEmbeddingCache } from '../adapters/sqlite/sqlite-embedding-cache.js';
import { SqliteKnowledgeStore } from '../adapters/sqlite/sqlite-knowledge-store.js';
import {
  SqliteLexicalIndex,
  type SqliteLexicalIndexOptions,
} from '../adapters/sqlite/sqlite-lexical-index.js';
import { SqliteVectorIndex } from '../adapters/sqlite/sqlite-vector-index.js';
import type { VectorQuantization } from '../adapters/sqlite/vector-table-sql.js';
import type { VectorIndex } from '../ports/vector-index.js';
import { createEmbedder, type EmbeddingSettings } from './embeddings/create-embedder.js';
import type { IngestDeps } from './ingest/ingest-deps.js';
import type { IngestLimits } from './ingest/ingest-limits.js';
import { ParserPool, type ParserPoolOptions, type WorkerChunking } from './ingest/parser-pool.js';
import type { SearchDeps } from './retrieval/search.js';

export interface KnowledgeBaseOptions {
  /** The server's SQLite file: records, FTS5, and (without Pinecone) the vectors. */
  db: SqliteDatabase;
  /** `none` (the default) indexes for lexical search only. */
  embedding?: EmbeddingSettings;
  /** Keep vectors in Pinecone (one namespace per workspace) instead of the SQLite file. */
  pinecone?: Omit<PineconeVectorIndexOptions, 'dimensions'>;
  reranker?: CohereRerankerOptions;
  parser?: ParserPoolOptions;
  chunking?: WorkerChunking;
  limits?: Partial<IngestLimits>;
  lexical?: SqliteLexicalIndexOptions;
  /** For the embedded index: `binary` is several times faster on large workspaces (see bench/RESULTS.md). */
  vectorQuantization?: VectorQuantization;
}

export interface KnowledgeBase {
  ingest: IngestDeps;
  search: SearchDeps;
  knowledge: SqliteKnowledgeStore;
  vectorIndex: VectorIndex | undefined;
  /** Stops the parser workers. */
  close(): Promise<void>;
}

/** Index table name: one table per model and quantization, since their vectors do not mix. */
const tableName = (embedderId: string, quantization: VectorQuantization = 'float') =>
  `${embedderId
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .slice(0, 44)}${quantization === 'binary' ? '_bq' : ''}`;

/**
 * Wires the knowledge base for the embedded deployment (everything in one SQLite file) or with
 * Pinecone for vectors. The embedder is cached by content hash in the same file.
 */
export function createKnowledgeBase(options: KnowledgeBaseOptions): KnowledgeBase {
  const embedder = createEmbedder(
    options.embedding ?? { provider: 'none' },
    new SqliteEmbeddingCache(options.db),
  );
  const pinecone =
    embedder && options.pinecone
      ? new PineconeVectorIndex({ ...options.pinecone, dimensions: embedder.dimensions })
      : undefined;
  const embedded =
    embedder && !pinecone
      ? new SqliteVectorIndex(options.db, {
          dimensions: embedder.dimensions,
          name: tableName(embedder.id, options.vectorQuantization),
          ...(options.vectorQuantization ? { quantization: options.vectorQuantization } : {}),
        })
      : undefined;
  const knowledge = new SqliteKnowledgeStore(options.db, embedded ? { vectorIndex: embedded } : {});
  const vectorIndex = pinecone ?? embedded;
  const parser = new ParserPool({ ...options.parser, ...(options.limits ? { limits: options.limits } : {}) });
  const ingest: IngestDeps = {
    knowledge,
    parser,
    ...(embedder ? { embedder } : {}),
    ...(pinecone ? { externalVectors: pinecone } : {}),
    ...(options.chunking ? { chunking: options.chunking } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
  };
  const search: SearchDeps = {
    lexical: new SqliteLexicalIndex(options.db, options.lexical),
    chunks: knowledge,
    ...(embedder && vectorIndex ? { vectors: { index: vectorIndex, embedder } } : {}),
    ...(options.reranker ? { reranker: new CohereReranker(options.reranker) } : {}),
  };
  return { ingest, search, knowledge, vectorIndex, close: () => parser.close() };
}
