import type { SearchFilter, TextSpan } from './search-filter.js';

/** A passage found by a search, with what a citation needs. */
export interface RetrievedChunk {
  chunkId: string;
  documentId: string;
  documentTitle: string;
  filename: string | null;
  mediaType: string;
  url: string | null;
  text: string;
  headingPath: string[];
  page: number | null;
  startOffset: number;
  endOffset: number;
  /** Relevance; higher is better. Comparable only within one result list. */
  score: number;
  /** Where the query's words occur in `text`, when the index can tell. */
  highlights?: TextSpan[];
}

export interface LexicalQuery {
  workspaceId: string;
  /** The user's words, as typed; adapters must make them safe for their query syntax. */
  text: string;
  topK: number;
  filter?: SearchFilter;
}

/** Keyword (BM25-style) search over the chunks of a workspace. */
export interface LexicalIndex {
  search(query: LexicalQuery): Promise<RetrievedChunk[]>;
}
