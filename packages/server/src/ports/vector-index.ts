import type { SearchFilter } from './search-filter.js';

/** What a vector carries so that searches can be isolated per workspace and filtered. */
export interface VectorMetadata {
  workspaceId: string;
  documentId: string;
  collection: string | null;
  tags: string[];
}

export interface VectorRecord {
  /** The chunk id; unique across the index. */
  id: string;
  vector: Float32Array;
  metadata: VectorMetadata;
}

export interface VectorQuery {
  workspaceId: string;
  vector: Float32Array;
  topK: number;
  filter?: SearchFilter;
}

export interface VectorMatch {
  id: string;
  documentId: string;
  /** Cosine similarity in [-1, 1]; higher is better. */
  score: number;
}

export interface VectorIndexStats {
  dimensions: number;
  /** Vectors of the workspace asked about, or of the whole index. */
  vectorCount: number;
}

/**
 * Nearest-neighbour search over chunk vectors (cosine). A query only ever sees vectors of its own
 * workspace. Every adapter passes `vector-index.conformance.ts`.
 */
export interface VectorIndex {
  readonly dimensions: number;
  /** Inserts or replaces vectors by id. */
  upsert(records: VectorRecord[]): Promise<void>;
  query(query: VectorQuery): Promise<VectorMatch[]>;
  /** Removes every vector of a document. */
  deleteByDocument(workspaceId: string, documentId: string): Promise<void>;
  stats(workspaceId?: string): Promise<VectorIndexStats>;
}
