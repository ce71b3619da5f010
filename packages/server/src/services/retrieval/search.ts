import type { Embedder } from '../../ports/embedder.js';
import type { KnowledgeStore } from '../../ports/knowledge-store.js';
import type { LexicalIndex, RetrievedChunk } from '../../ports/lexical-index.js';
import type { Reranker } from '../../ports/reranker.js';
import type { SearchFilter } from '../../ports/search-filter.js';
import type { VectorIndex } from '../../ports/vector-index.js';
import { highlightTerms } from './highlight-terms.js';
import { reciprocalRankFusion } from './reciprocal-rank-fusion.js';
import type { SearchHit, SearchMode } from '@tessera/core';

export type { SearchMode } from '@tessera/core';

export interface SearchRequest {
  workspaceId: string;
  query: string;
  /** Results wanted; 1–50, 8 by default. */
  topK?: number;
  /** `hybrid` when an embedder is configured, else `lexical`. */
  mode?: SearchMode;
  /**
   * Drops results scoring below it. Scores depend on the mode: BM25 (lexical, unbounded), cosine
   * similarity (vector), fused rank in (0, 1] (hybrid), relevance in [0, 1] (rerank).
   */
  threshold?: number;
  filter?: SearchFilter;
  /** Reorder the candidates with the reranker (when one is configured). */
  rerank?: boolean;
  signal?: AbortSignal;
}

/** What a result needs to be cited, and one ranked result: the API's shapes, from core. */
export type { SearchCitation as Citation, SearchHit } from '@tessera/core';

export interface SearchDeps {
  lexical: LexicalIndex;
  /** Vector search needs both; without them only lexical search is possible. */
  vectors?: { index: VectorIndex; embedder: Embedder };
  /** Turns vector matches into passages; matches whose chunk is gone are dropped. */
  chunks: Pick<KnowledgeStore, 'getChunks'>;
  reranker?: Reranker;
}

export class SearchError extends Error {
  override readonly name = 'SearchError';
}

const MAX_TOP_K = 50;

async function vectorCandidates(
  deps: SearchDeps,
  request: SearchRequest,
  pool: number,
): Promise<RetrievedChunk[]> {
  if (!deps.vectors)
    throw new SearchError(
      'Vector search needs an embedding provider; configure one (OpenAI or Cohere) or search in lexical mode.',
    );
  const vector = await deps.vectors.embedder.embedQuery(
    request.query,
    request.signal ? { signal: request.signal } : {},
  );
  const matches = await deps.vectors.index.query({
    workspaceId: request.workspaceId,
    vector,
    topK: pool,
    ...(request.filter ? { filter: request.filter } : {}),
  });
  const chunks = await deps.chunks.getChunks(
    request.workspaceId,
    matches.map((m) => m.id),
  );
  const scores = new Map(matches.map((m) => [m.id, m.score]));
  return chunks.map((chunk) => ({ ...chunk, score: scores.get(chunk.chunkId) ?? 0 }));
}

function toHit(chunk: RetrievedChunk, query: string, scores: SearchHit['scores'], score: number): SearchHit {
  return {
    chunkId: chunk.chunkId,
    text: chunk.text,
    score,
    scores,
    highlights: chunk.highlights ?? highlightTerms(chunk.text, query),
    citation: {
      documentId: chunk.documentId,
      title: chunk.documentTitle,
      filename: chunk.filename,
      mediaType: chunk.mediaType,
      url: chunk.url,
      page: chunk.page,
      headingPath: chunk.headingPath,
      startOffset: chunk.startOffset,
      endOffset: chunk.endOffset,
    },
  };
}

/**
 * Searches a workspace's knowledge base: BM25 (lexical), nearest vectors (vector), or both fused by
 * reciprocal rank (hybrid, k = 60); optionally reranked. Results carry highlights and citation data.
 */
export async function search(
  deps: SearchDeps,
  request: SearchRequest,
): Promise<{ mode: SearchMode; hits: SearchHit[] }> {
  const topK = Math.min(Math.max(Math.trunc(request.topK ?? 8), 1), MAX_TOP_K);
  const mode = request.mode ?? (deps.vectors ? 'hybrid' : 'lexical');
  const rerank = request.rerank === true && deps.reranker !== undefined;
  // Fusion and reranking need more candidates than they return.
  const pool = mode === 'hybrid' || rerank ? Math.min(Math.max(topK * 4, 30), 100) : topK;
  const filter = request.filter ? { filter: request.filter } : {};
  const [lexical, vector] = await Promise.all([
    mode === 'vector'
      ? []
      : deps.lexical.search({ workspaceId: request.workspaceId, text: request.query, topK: pool, ...filter }),
    mode === 'lexical' ? [] : vectorCandidates(deps, request, pool),
  ]);

  const byId = new Map<string, { chunk: RetrievedChunk; scores: SearchHit['scores'] }>();
  for (const chunk of lexical) byId.set(chunk.chunkId, { chunk, scores: { lexical: chunk.score } });
  for (const chunk of vector) {
    const seen = byId.get(chunk.chunkId);
    if (seen) seen.scores.vector = chunk.score;
    else byId.set(chunk.chunkId, { chunk, scores: { vector: chunk.score } });
  }
  let ranked: { id: string; score: number }[];
  if (mode === 'hybrid') {
    const fused = reciprocalRankFusion([lexical.map((c) => c.chunkId), vector.map((c) => c.chunkId)]);
    for (const [id, score] of fused) byId.get(id)!.scores.fused = score;
    ranked = [...fused].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
  } else {
    ranked = (mode === 'lexical' ? lexical : vector).map((c) => ({ id: c.chunkId, score: c.score }));
  }
  if (rerank && ranked.length > 0) {
    const candidates = ranked.slice(0, pool);
    const results = await deps.reranker!.rerank(
      request.query,
      candidates.map((c) => byId.get(c.id)!.chunk.text),
      topK,
      request.signal ? { signal: request.signal } : {},
    );
    ranked = results.map((r) => {
      const id = candidates[r.index]!.id;
      byId.get(id)!.scores.rerank = r.score;
      return { id, score: r.score };
    });
  }
  const hits = ranked
    .filter((r) => request.threshold === undefined || r.score >= request.threshold)
    .slice(0, topK)
    .map(({ id, score }) => {
      const { chunk, scores } = byId.get(id)!;
      return toHit(chunk, request.query, scores, score);
    });
  return { mode, hits };
}
