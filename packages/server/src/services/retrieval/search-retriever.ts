import type { LexicalIndex, LexicalQuery, RetrievedChunk } from '../../ports/lexical-index.js';
import { search, type SearchDeps, type SearchMode } from './search.js';

/** An assistant's retrieval settings. */
export interface RetrievalSettings {
  mode?: SearchMode;
  topK?: number;
  threshold?: number;
  /** Only these collections (all when empty). */
  collections?: string[];
  rerank?: boolean;
}

/**
 * Lets the chat pipeline, which asks a {@link LexicalIndex} for its sources, use the full search
 * (hybrid, filters, rerank) with an assistant's settings, without changing the pipeline.
 */
export function searchRetriever(deps: SearchDeps, settings: RetrievalSettings = {}): LexicalIndex {
  return {
    async search(query: LexicalQuery): Promise<RetrievedChunk[]> {
      const collections = query.filter?.collections ?? settings.collections;
      const { hits } = await search(deps, {
        workspaceId: query.workspaceId,
        query: query.text,
        topK: settings.topK ?? query.topK,
        ...(settings.mode ? { mode: settings.mode } : {}),
        ...(settings.threshold !== undefined ? { threshold: settings.threshold } : {}),
        ...(settings.rerank ? { rerank: true } : {}),
        filter: { ...query.filter, ...(collections?.length ? { collections } : {}) },
      });
      return hits.map((hit) => ({
        chunkId: hit.chunkId,
        documentId: hit.citation.documentId,
        documentTitle: hit.citation.title,
        filename: hit.citation.filename,
        mediaType: hit.citation.mediaType,
        url: hit.citation.url,
        text: hit.text,
        headingPath: hit.citation.headingPath,
        page: hit.citation.page,
        startOffset: hit.citation.startOffset,
        endOffset: hit.citation.endOffset,
        score: hit.score,
        highlights: hit.highlights,
      }));
    },
  };
}
