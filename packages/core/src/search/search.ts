export type SearchMode = 'lexical' | 'vector' | 'hybrid';

/** Body of `POST /v1/search`. */
export interface SearchRequest {
  query: string;
  /** 1–50, 8 by default. */
  topK?: number;
  /** Drops results scoring below it; the scale depends on the mode. */
  threshold?: number;
  /** `hybrid` when an embedding provider is configured, else `lexical`. */
  mode?: SearchMode;
  /** Each list matches any of its values; lists combine with AND. */
  filter?: { collections?: string[]; tags?: string[]; documentIds?: string[] };
  rerank?: boolean;
}

/** Where a result comes from: the document and the exact place in its text. */
export interface SearchCitation {
  documentId: string;
  title: string;
  filename: string | null;
  mediaType: string;
  url: string | null;
  page: number | null;
  headingPath: string[];
  startOffset: number;
  endOffset: number;
}

/** One ranked chunk. */
export interface SearchHit {
  chunkId: string;
  text: string;
  score: number;
  /** Each stage's score. */
  scores: { lexical?: number; vector?: number; fused?: number; rerank?: number };
  /** Query words in `text`, as character ranges. */
  highlights: { start: number; end: number }[];
  citation: SearchCitation;
}

/** Answer of `POST /v1/search`. */
export interface SearchResult {
  mode: SearchMode;
  data: SearchHit[];
}
